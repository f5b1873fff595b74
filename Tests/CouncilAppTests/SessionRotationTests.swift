import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// The browser session is replaced at sign-in and sign-out, so answers cannot be read from it afterwards.
@Suite struct SessionRotationTests {
    @Test(arguments: TestDatabase.engines)
    func signOutLeavesNoAnswersInTheBrowserAndSignInKillsTheOldSession(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await BrowserSession(client).registerAndConfirm("isla@example.com", database: database)
            let browser = BrowserSession(client)
            // Started before signing in: carried into the signed-in session and becomes the account's.
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Array(Journeys.volunteering.prefix(3)))
            let beforeSignIn = try #require(await browser.cookies["oc_session"])
            #expect(try await browser.signIn("isla@example.com").location == "/account")
            let signedInCookie = try #require(await browser.cookies["oc_session"])
            #expect(signedInCookie != beforeSignIn)
            let planted = BrowserSession(client)
            await planted.setCookie("oc_session", beforeSignIn)
            #expect(try await planted.get("/services/volunteering/postcode").status != .ok, "the old session opens nothing")

            // The new session has a new CSRF token, and the form carried over.
            #expect(try await browser.get("/services/volunteering/postcode").status == .ok)
            try await browser.walk("volunteering", Array(Journeys.volunteering.dropFirst(3)))
            _ = try await browser.submit("volunteering")
            #expect(try await browser.get("/services/volunteering/confirmation/print").status == .ok)
            try await browser.start("report-a-pothole", expectingFirstPage: "immediate-danger")

            _ = try await browser.get("/account/sign-out")
            #expect(try await browser.post("/account/sign-out", []).status == .ok)
            #expect(await browser.cookies["oc_session"] != signedInCookie)
            for session in [browser, planted] {
                if session === planted { await planted.setCookie("oc_session", signedInCookie) }
                #expect(try await session.get("/services/volunteering/confirmation/print").status != .ok)
                #expect(try await session.get("/services/report-a-pothole/immediate-danger").status != .ok)
            }

            // The draft is the account's: signing in again reaches it.
            #expect(try await browser.signIn("isla@example.com").location == "/account")
            let resumed = try await browser.follow(try await browser.get("/account/continue/report-a-pothole"))
            #expect(resumed.status == .ok)
            #expect(resumed.html.contains("action=\"/services/report-a-pothole/immediate-danger\""))
        }
    }

    @Test func staffSignInAndOutReplaceTheBrowserSession() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "rory@council.example", .fieldWorker, service: "report-a-pothole")
            let browser = BrowserSession(client)
            _ = try await browser.get("/staff/sign-in")
            let before = try #require(await browser.cookies["oc_session"])
            _ = try await browser.staffPassword("rory@council.example")
            let after = try #require(await browser.cookies["oc_session"])
            #expect(after != before)
            _ = try await browser.get("/staff/sign-out")
            _ = try await browser.post("/staff/sign-out", [])
            #expect(await browser.cookies["oc_session"] != after)
            #expect(try await database.rowCount("web_sessions") == 1)
        }
    }
}
