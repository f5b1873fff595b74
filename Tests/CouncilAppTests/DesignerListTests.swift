import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// `/designer`: the services a designer may design, with their state and number of versions.
@Suite struct DesignerListTests {
    @Test("a designer granted one service sees only that one, with its state", arguments: TestDatabase.engines)
    func limitedDesignerSeesTheirService(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            try await SQLServiceLifecycleStore(database: database).setClosing(slug: "volunteering", version: 1, closesAt: Date(timeIntervalSince1970: 0))
            let limited = try await BrowserSession.staff(client, database, "eilidh@council.example", .serviceDesigner, service: "volunteering", clock: clock)
            let page = try await limited.get("/designer")
            #expect(page.status == .ok)
            #expect(page.html.contains("/services/volunteering\""))
            #expect(!page.html.contains("/services/bulky-waste\""))
            #expect(page.text.contains("Closed"))
            let everyone = try await BrowserSession.staff(client, database, "ruairidh@council.example", .serviceDesigner, clock: clock)
            let all = try await everyone.get("/designer")
            #expect(all.html.contains("/services/bulky-waste\""))
            #expect(all.text.contains("Live"))
        }
    }
}
