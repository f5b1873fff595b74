import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import Persistence
import Testing

/// A page a role may not use says so, inside the staff header, in English and Gaelic; a form sent without its
/// session's token keeps its own message.
@Suite struct RefusedPageTests {
    @Test(arguments: TestDatabase.engines)
    func aPageTheRoleMayNotUseSaysSoInsideTheStaffFrame(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let analyst = try await BrowserSession.staff(client, database, "ailsa@council.example", .analyst, clock: clock)
            for path in ["/backoffice", "/admin/audit", "/field", "/designer", "/backoffice/strategy"] {
                let english = try await analyst.get(path)
                #expect(english.status == .forbidden, "\(path)")
                #expect(english.heading == "You cannot use this page", "\(path)")
                #expect(english.html.contains("Your role does not include this page"), "\(path)")
                #expect(!english.html.contains("session has expired"), "\(path)")
                // The staff header: home and sign out, not the citizens' sign-in link.
                #expect(english.html.contains("href=\"/staff/sign-out\""), "\(path)")
                #expect(english.html.contains("href=\"/staff\""), "\(path)")
                #expect(!english.html.contains("href=\"/account/sign-in\""), "\(path)")
            }
            let gaelic = try await analyst.get("/backoffice?lang=gd")
            #expect(gaelic.status == .forbidden)
            #expect(gaelic.heading == "Chan urrainn dhut an duilleag seo a chleachdadh")
            #expect(gaelic.html.contains("Dachaigh an luchd-obrach"))
            #expect(gaelic.html.contains("href=\"/staff/sign-out\""))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aFormSentWithoutItsTokenKeepsTheSessionMessage(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let admin = try await BrowserSession.staff(client, database, "iain@council.example", .administrator, clock: clock)
            _ = try await admin.get("/staff/sign-out")
            let english = try await admin.post("/staff/sign-out", [], withToken: false)
            #expect(english.status == .forbidden)
            #expect(english.heading == "Your session has expired or the form was sent twice")

            _ = try await admin.get("/?lang=gd")
            let gaelic = try await admin.post("/staff/sign-out", [("_csrf", "not-the-token")], withToken: false)
            #expect(gaelic.status == .forbidden)
            #expect(gaelic.heading == "Dh’fhalbh an ùine air an t-seisean agad no chaidh am foirm a chur dà thuras")

            let citizen = BrowserSession(client)
            _ = try await citizen.get("/account/sign-in")
            let refused = try await citizen.post("/account/sign-in", [("email", "a@example.org"), ("password", "x")], withToken: false)
            #expect(refused.status == .forbidden)
            #expect(refused.heading == "Your session has expired or the form was sent twice")
        }
    }
}
