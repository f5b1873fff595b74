import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

@Suite struct AssistedDigitalTests {
    @Test(arguments: TestDatabase.engines)
    func anAgentSubmitsForACallerWithTheChannelAndTheirNameOnTheCase(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let agentID = try await StaffFixture.create(database, "agent@council.example", .customerServiceAgent)
            let agent = BrowserSession(client)
            _ = try await agent.enrolStaff("agent@council.example", clock: clock)
            #expect(try await agent.get("/backoffice/assisted").status == .ok)
            let missing = try await agent.post("/backoffice/assisted", [("service", ""), ("channel", ""), ("caller-email", "not an email")])
            #expect(missing.errorSummaryAnchors == ["service", "channel", "caller-email"])

            let started = try await agent.post("/backoffice/assisted", [("service", "report-a-pothole"), ("channel", "phone"),
                                                                        ("caller-email", "Caller@Example.com"), ("caller-phone", "")])
            #expect(started.location == "/services/report-a-pothole/immediate-danger")
            try await agent.walk("report-a-pothole", Journeys.pothole)
            let reference = try #require(try await agent.submit("report-a-pothole").reference)

            let row = try #require(try await database.submission(reference))
            #expect(row.channel == "phone")
            #expect(row.contactEmail == "caller@example.com", "the caller's email, since the form's was left blank")
            let actor = try await database.read { db in
                try await db.raw("SELECT actor FROM case_events WHERE case_reference = \(bind: reference) ORDER BY id").first()?
                    .decode(column: "actor", as: String?.self)
            }
            #expect(actor == "staff:\(agentID)")
            let casePage = try await agent.get("/backoffice/cases/\(reference)")
            #expect(casePage.html.contains("by phone, entered by agent@council.example"))
            #expect(casePage.html.contains("https://www.openstreetmap.org/?mlat=55.9533&amp;mlon=-3.1883"), "the pothole's location on a map")

            let byReference = try await agent.get("/backoffice/assisted/find?q=\(reference.lowercased())")
            #expect(byReference.html.contains("/backoffice/cases/\(reference)"))
            let byEmail = try await agent.get("/backoffice/assisted/find?q=caller@example.com")
            #expect(byEmail.html.contains(reference))
            #expect(try await database.auditActions().contains("staff.requests-searched"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aCaseOfficerStartsAssistedRequestsOnlyForTheServicesTheyHandle(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            let page = try await officer.get("/backoffice/assisted")
            #expect(page.html.contains(#"value="volunteering""#))
            #expect(!page.html.contains(#"value="report-a-pothole""#), "only the services the officer handles are offered")
            let refused = try await officer.post("/backoffice/assisted", [("service", "report-a-pothole"), ("channel", "phone")])
            #expect(refused.status == .forbidden)
            #expect(try await database.journeys(slug: "report-a-pothole").isEmpty)
            let started = try await officer.post("/backoffice/assisted", [("service", "volunteering"), ("channel", "phone")])
            #expect(started.location == "/services/volunteering/aged-16-or-over")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theCallerSearchReadsAPlusFromTheFormAsASpace(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "agent@council.example", .customerServiceAgent)
            try await QueueCase.load([QueueCase(reference: "HRD-PLUS-0001", service: "hardship-fund", dueDay: nil, created: QueueCase.day(-1),
                                                name: "Caller Name", email: "caller@example.com", district: "IV2", text: "boiler")], into: database)
            let agent = BrowserSession(client)
            _ = try await agent.enrolStaff("agent@council.example", clock: clock)
            let found = try await agent.get("/backoffice/assisted/find?q=IV2+4AG")
            #expect(found.html.contains("HRD-PLUS-0001"), "a browser sends the space in a GET form as +")
            #expect(try await agent.get("/backoffice/assisted/find?q=IV2%204AG").html.contains("HRD-PLUS-0001"))
        }
    }

    @Test func anAssistedFormIsSentOnlyByTheAgentWhoStartedIt() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "agent@council.example", .customerServiceAgent)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let agent = BrowserSession(client)
            _ = try await agent.enrolStaff("agent@council.example", clock: clock)
            _ = try await agent.post("/backoffice/assisted", [("service", "volunteering"), ("channel", "face_to_face")])
            try await agent.walk("volunteering", Journeys.volunteering)
            // The agent signs out before sending: the form waits for them to sign in again.
            _ = try await agent.get("/staff/sign-out")
            _ = try await agent.post("/staff/sign-out", [])
            let check = try await agent.get("/services/volunteering/check-answers")
            let digest = try #require(check.hidden("answers_digest"))
            let sent = try await agent.post("/services/volunteering/check-answers", [("answers_digest", digest)])
            #expect(sent.location == "/staff/sign-in?return=/services/volunteering/check-answers")
            #expect(try await database.rowCount("submissions") == 0)

            // Officers find a caller's requests only in their own services.
            let citizen = BrowserSession(client)
            try await citizen.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await citizen.walk("volunteering", Journeys.volunteering)
            let reference = try #require(try await citizen.submit("volunteering").reference)
            _ = try await StaffFixture.create(database, "potholes@council.example", .caseOfficer, service: "report-a-pothole")
            let other = BrowserSession(client)
            _ = try await other.enrolStaff("potholes@council.example", clock: clock)
            #expect(!(try await other.get("/backoffice/assisted/find?q=alex@example.com").html.contains(reference)))
            let own = BrowserSession(client)
            _ = try await own.enrolStaff("officer@council.example", clock: clock)
            #expect(try await own.get("/backoffice/assisted/find?q=alex@example.com").html.contains(reference))
        }
    }
}
