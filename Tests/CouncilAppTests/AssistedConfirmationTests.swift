import CouncilTestSupport
import Persistence
import Domain
import Testing

/// After sending, an agent who entered a caller's form gets the agent's confirmation in the staff frame; a citizen
/// gets the citizen's.
@Suite struct AssistedConfirmationTests {
    @Test(arguments: TestDatabase.engines)
    func anAssistedSubmissionLandsOnTheAgentsConfirmation(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "agent@council.example", .customerServiceAgent)
            let agent = BrowserSession(client)
            _ = try await agent.enrolStaff("agent@council.example", clock: clock)
            _ = try await agent.post("/backoffice/assisted", [("service", "report-a-pothole"), ("channel", "phone"),
                                                              ("caller-email", "caller@example.com"), ("caller-phone", "")])
            try await agent.walk("report-a-pothole", Journeys.pothole)
            let confirmation = try await agent.submit("report-a-pothole")
            let reference = try #require(confirmation.reference)
            #expect(confirmation.html.contains("Read this reference out to the caller"))
            #expect(confirmation.html.contains("caller@example.com"))
            #expect(confirmation.html.contains(#"href="/backoffice/cases/\#(reference)""#))
            #expect(confirmation.html.contains(#"href="/backoffice/assisted""#))
            #expect(confirmation.html.contains("width-container-wide"), "in the staff frame")
            #expect(!confirmation.html.contains("View a printable copy of your answers"), "not the citizen's confirmation")

            let citizen = BrowserSession(client)
            try await citizen.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await citizen.walk("volunteering", Journeys.volunteering)
            let own = try await citizen.submit("volunteering")
            #expect(own.reference != nil)
            #expect(own.html.contains("View a printable copy of your answers"))
            #expect(!own.html.contains("Read this reference out to the caller"))
            #expect(!own.html.contains("width-container-wide"))
        }
    }
}
