@testable import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// After signing in, a visitor goes back only to a path on this site: never, by any spelling a browser might clean up,
/// to another site.
@Suite struct ReturnPathTests {
    /// Each as the server receives it, after the query or form has been decoded once.
    static let hostile: [String] = [
        "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\r/evil.example", "\t//evil.example",
        "/\\evil.example", "/\\/evil.example", "\\\\evil.example", "\\/evil.example",
        "//evil.example", "///evil.example", "//evil.example/staff",
        "/%2F/evil.example", "/%2f/evil.example", "%2F%2Fevil.example", "/%5Cevil.example", "/%09/evil.example",
        "/%0A/evil.example", "/%252F/evil.example", "/%25252F/evil.example",
        "https://evil.example", "https:evil.example", "HTTPS://evil.example", "javascript:alert(1)", "evil.example",
        "/\u{3000}/evil.example", "/\u{00A0}/evil.example", "/\u{2028}/evil.example", "/\u{200B}/evil.example",
        "/\u{FEFF}/evil.example", "/%E3%80%80/evil.example", "/%C2%A0/evil.example", " //evil.example", "/ /evil.example",
        "/\u{0000}/evil.example", "",
    ]

    static let ownPaths = ["/staff", "/backoffice/cases/HF-2026-0001", "/services/hardship-fund/check-answers", "/account/requests/ABC-123", "/a/./b"]

    @Test(arguments: hostile)
    func aReturnPathThatCouldLeaveTheSiteIsRefused(raw: String) {
        #expect(ReturnPath.safe(raw, default: "/staff") == "/staff")
    }

    @Test(arguments: ownPaths)
    func aPathOnThisSiteIsKeptAsGiven(raw: String) {
        #expect(ReturnPath.safe(raw, default: "/fallback") == raw)
    }

    static func query(_ raw: String) -> String {
        raw.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) ?? ""
    }

    @Test(arguments: TestDatabase.engines)
    func citizenSignInGoesNowhereButThisSite(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await BrowserSession(client).registerAndConfirm("rhona@example.org", database: database)
            for raw in Self.hostile {
                let browser = BrowserSession(client)
                let form = try await browser.get("/account/sign-in?return=\(Self.query(raw))")
                #expect(form.hidden("return") == "/account", "\(raw.debugDescription)")
                let signedIn = try await browser.post("/account/sign-in", [
                    ("email", "rhona@example.org"), ("password", "correct horse battery staple"), ("return", raw),
                ])
                #expect(signedIn.location == "/account", "\(raw.debugDescription)")
                // Already signed in, the sign-in page sends straight on.
                #expect(try await browser.get("/account/sign-in?return=\(Self.query(raw))").location == "/account", "\(raw.debugDescription)")
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func staffSignInAndBothSecondFactorPagesGoNowhereButThisSite(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            for (index, raw) in Self.hostile.enumerated() {
                let email = "officer\(index)@council.example"
                _ = try await StaffFixture.create(database, email, .analyst)
                // First sign-in: the password page hands the return path to the authenticator set-up.
                let browser = BrowserSession(client)
                _ = try await browser.get("/staff/sign-in?return=\(Self.query(raw))")
                #expect(await browser.csrfToken != nil)
                let afterPassword = try await browser.post("/staff/sign-in", [("email", email), ("password", StaffFixture.password), ("return", raw)])
                #expect(afterPassword.location == "/staff/mfa/set-up?return=/staff", "\(raw.debugDescription)")
                let setUp = try await browser.get("/staff/mfa/set-up?return=\(Self.query(raw))")
                #expect(setUp.hidden("return") == "/staff", "\(raw.debugDescription)")
                let secret = try #require(setUp.hidden("secret"))
                let codes = try await browser.post("/staff/mfa/set-up", [("secret", secret), ("code", StaffFixture.code(secret, at: clock.now)), ("return", raw)])
                #expect(codes.status == .ok)
                // The recovery codes page's Continue link.
                #expect(BrowserSession.Page.capture(#"<a class="link" href="([^"]*)">Continue</a>"#, in: codes.html) == "/staff", "\(raw.debugDescription)")
                clock.advance(30)

                // A later sign-in: the code page.
                let again = BrowserSession(client)
                _ = try await again.staffPassword(email)
                let codePage = try await again.get("/staff/mfa?return=\(Self.query(raw))")
                #expect(codePage.hidden("return") == "/staff", "\(raw.debugDescription)")
                let done = try await again.post("/staff/mfa", [("code", StaffFixture.code(secret, at: clock.now)), ("return", raw)])
                #expect(done.location == "/staff", "\(raw.debugDescription)")
                #expect(try await again.get("/staff/sign-in?return=\(Self.query(raw))").location == "/staff", "\(raw.debugDescription)")
                clock.advance(30)
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aPathOnThisSiteSurvivesTheWholeStaffSignIn(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "lorna@council.example", .analyst)
            let browser = BrowserSession(client)
            let bounced = try await browser.get("/analytics")
            #expect(bounced.location == "/staff/sign-in?return=/analytics")
            let form = try await browser.follow(bounced)
            #expect(form.hidden("return") == "/analytics")
            let afterPassword = try await browser.post("/staff/sign-in", [("email", "lorna@council.example"), ("password", StaffFixture.password), ("return", "/analytics")])
            #expect(afterPassword.location == "/staff/mfa/set-up?return=/analytics")
        }
    }
}
