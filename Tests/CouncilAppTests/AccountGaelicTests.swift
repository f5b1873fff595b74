import CouncilTestSupport
import Domain
import Foundation
import Testing

/// The MyAccount pages in Gaelic, end to end: a page claims `lang="gd"` only with Gaelic text, error messages
/// included, and the signed-in pages get the citizen from their own context.
@Suite struct AccountGaelicTests {
    @Test func signInRegisterAndYourAccountSpeakGaelic() async throws {
        try await TestApp.with { client, database in
            let browser = BrowserSession(client)
            let signIn = try await browser.get("/account/sign-in?lang=gd")
            #expect(signIn.heading == "Clàraich a-steach dhan chunntas agad")
            #expect(signIn.html.contains("<html lang=\"gd\""))

            _ = try await browser.get("/account/register")
            let refused = try await browser.post("/account/register", [("email", "not-an-email"), ("password", "short")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorSummaryMessages == [
                "Cuir a-steach seòladh puist-d sa chruth cheart, mar ainm@eisimpleir.com",
                "Feumaidh co-dhiù 10 caractaran a bhith san fhacal-fhaire agad",
            ])

            try await browser.registerAndConfirm("eilidh@example.com", database: database)
            let home = try await browser.get("/account?confirmed=1")
            #expect(home.heading == "An cunntas agad")
            #expect(home.text.contains("Tha an seòladh puist-d agad air a dhearbhadh"))
            #expect(home.text.contains("Cha do rinn thu iarrtas fhad ’s a bha thu air clàradh a-steach fhathast."))
            #expect(!home.text.contains("Your requests"), "no English left on the Gaelic page")

            let delete = try await browser.get("/account/delete")
            #expect(delete.heading == "Sguab às an cunntas agad")
            let wrong = try await browser.post("/account/delete", [("current-password", "not my password at all")])
            #expect(wrong.errorSummaryMessages == ["Chan eil am facal-faire agad an-dràsta ceart"])
        }
    }
}
