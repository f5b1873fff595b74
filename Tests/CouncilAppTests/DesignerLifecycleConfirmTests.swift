import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// Closing and archiving a service ask first: the versions page leads to an "Are you sure?" page that says what will
/// happen, and only its post (carrying `confirmed=yes`) does it; a post without it is sent to that page.
@Suite struct DesignerLifecycleConfirmTests {
    static let base = "/designer/services/volunteering/versions"

    static func designerActions(_ database: Database, _ action: String) async throws -> Int {
        try await database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = \(bind: action)").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    @Test(arguments: TestDatabase.engines)
    func closingAsksFirstThenCloses(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            let versions = try await designer.get(Self.base)
            #expect(versions.html.contains("<form method=\"get\" action=\"\(Self.base)/lifecycle/close\">"), "Close leads to its question")
            #expect(versions.html.contains("<form method=\"get\" action=\"\(Self.base)/lifecycle/archive\">"))

            let unconfirmed = try await designer.post("\(Self.base)/lifecycle", [("lifecycle", "close")])
            #expect(unconfirmed.status == .seeOther && unconfirmed.location == "\(Self.base)/lifecycle/close")
            #expect(try await BrowserSession(client).get("/services/volunteering").status == .ok, "nothing is closed without the answer")
            #expect(try await Self.designerActions(database, "designer.service-closed") == 0)

            let question = try await designer.get("\(Self.base)/lifecycle/close")
            #expect(question.status == .ok && question.heading == "Are you sure you want to close this service now?")
            #expect(question.text.contains("people part-way through it cannot send their answers"))
            #expect(question.text.contains("to open it again, publish a new version"))
            #expect(question.html.contains("name=\"confirmed\" value=\"yes\""))
            #expect(question.html.contains("href=\"\(Self.base)\""), "a way back without closing")

            let closed = try await designer.post("\(Self.base)/lifecycle", [("lifecycle", "close"), ("confirmed", "yes")])
            #expect(closed.status == .ok && closed.text.contains("The service is closed."), "\(closed.errorSummaryMessages)")
            #expect(try await BrowserSession(client).get("/services/volunteering").status == .forbidden)
            #expect(try await Self.designerActions(database, "designer.service-closed") == 1)
        }
    }

    @Test func archivingAsksFirstAndBringingBackDoesNot() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            _ = try await designer.get(Self.base)
            let unconfirmed = try await designer.post("\(Self.base)/lifecycle", [("lifecycle", "archive"), ("confirmed", "no")])
            #expect(unconfirmed.location == "\(Self.base)/lifecycle/archive")
            #expect(try await Self.designerActions(database, "designer.service-archived") == 0)

            let question = try await designer.get("\(Self.base)/lifecycle/archive")
            #expect(question.heading == "Are you sure you want to archive this service?")
            #expect(question.text.contains("Bring the service back from the archive"), "it says how to undo it")
            let archived = try await designer.post("\(Self.base)/lifecycle", [("lifecycle", "archive"), ("confirmed", "yes")])
            #expect(archived.text.contains("The service is archived."))
            #expect(try await BrowserSession(client).get("/services/volunteering").status == .forbidden)
            #expect(archived.html.contains("value=\"unarchive\""), "bringing it back is a button on the versions page")

            let back = try await designer.post("\(Self.base)/lifecycle", [("lifecycle", "unarchive")])
            #expect(back.status == .ok && back.text.contains("The service is back from the archive."))
            #expect(try await BrowserSession(client).get("/services/volunteering").status == .ok)

            let gaelic = try await designer.get("\(Self.base)/lifecycle/archive?lang=gd")
            #expect(gaelic.heading == "A bheil thu cinnteach gu bheil thu airson an t-seirbheis seo a chur don tasglann?")
            #expect(try await designer.get("\(Self.base)/lifecycle/delete").status == .notFound)
        }
    }

    @Test func onlyDesignersOfTheServiceAreAsked() async throws {
        let clock = TestClock()
        try await TestApp.with(.sqlite, now: clock.closure) { client, database in
            let limited = try await BrowserSession.staff(client, database, "eilidh@council.example", .serviceDesigner, service: "bulky-waste", clock: clock)
            #expect(try await limited.get("\(Self.base)/lifecycle/close").status == .forbidden)
            _ = try await limited.get("/designer/services/bulky-waste/versions")
            #expect(try await limited.post("\(Self.base)/lifecycle", [("lifecycle", "close"), ("confirmed", "yes")]).status == .forbidden)
            #expect(try await BrowserSession(client).get("/services/volunteering").status == .ok)
        }
    }
}
