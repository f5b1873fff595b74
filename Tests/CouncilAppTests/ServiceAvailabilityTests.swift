import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// Citizens and partners meet a service's lifecycle: not open yet, closed at its time or limit, withdrawn, and its
/// audience (signed-in citizens, staff). Changes made after a request wait out the catalogue's one-second cache.
@Suite struct ServiceAvailabilityTests {
    static func source(_ slug: String) throws -> String {
        try String(contentsOfFile: "\(TestApp.servicesDirectory)/\(slug).yaml", encoding: .utf8)
    }

    /// Stores a new version of `slug` as the designer would, live from `liveFrom`.
    static func addVersion(_ database: Database, _ slug: String, liveFrom: Date, closesAt: Date? = nil, limit: Int? = nil) async throws {
        let source = try Self.source(slug)
        _ = try await SQLServiceLifecycleStore(database: database).addVersion(NewServiceVersion(
            definition: try DefinitionParser.parse(yaml: source), source: source, approval: .published, publishedBy: .staff(1),
            publishedAt: Date(), changeNote: "Test", liveFrom: liveFrom, closesAt: closesAt, submissionLimit: limit
        ), removingDraft: false)
    }

    static func waitForCatalogue() async throws { try await Task.sleep(for: .milliseconds(1100)) }

    @Test("a service past its closing time shows the closed page everywhere, leaves the list, and the API refuses it",
          arguments: TestDatabase.engines)
    func closedService(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await SQLServiceLifecycleStore(database: database).setClosing(slug: "volunteering", version: 1, closesAt: Date().addingTimeInterval(-60))
            let browser = BrowserSession(client)
            for path in ["/services/volunteering", "/services/volunteering/start", "/services/volunteering/full-name"] {
                let page = try await browser.get(path)
                #expect(page.status == .forbidden, "\(path)")
                #expect(page.text.contains("This service is closed"), "\(path)")
            }
            let gaelic = try await browser.get("/services/volunteering?lang=gd")
            #expect(gaelic.text.contains("Tha an t-seirbheis seo dùinte"))
            let list = try await browser.get("/?lang=en")
            #expect(!list.html.contains("/services/volunteering\""))
            #expect(list.html.contains("/services/bulky-waste\""))
            let refused = try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering"))
            #expect(refused.status == .conflict)
            #expect(refused.errors.first?.code == "service_closed")
            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test("a service whose only version is scheduled is not open yet, with its opening time", arguments: TestDatabase.engines)
    func notOpenYet(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let source = DraftSource.blank(slug: "dog-fouling", title: "Report dog fouling", referencePrefix: "DOG")
            _ = try await SQLServiceLifecycleStore(database: database).addVersion(NewServiceVersion(
                definition: try DefinitionParser.parse(yaml: source), source: source, approval: .published, publishedBy: .staff(1),
                publishedAt: Date(), changeNote: "First", liveFrom: Date().addingTimeInterval(86_400), closesAt: nil, submissionLimit: nil
            ), removingDraft: false)
            let page = try await BrowserSession(client).get("/services/dog-fouling/start")
            #expect(page.status == .forbidden)
            #expect(page.text.contains("This service is not open yet"))
            #expect(page.text.contains("It opens on"))
            let refused = try await client.submit("dog-fouling", ["full-name": "Ann"])
            #expect(refused.status == .conflict)
            #expect(refused.errors.first?.code == "service_not_open")
        }
    }

    @Test("a scheduled version goes live by itself within the catalogue's second, with no job run", arguments: TestDatabase.engines)
    func scheduledGoesLive(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let source = DraftSource.blank(slug: "dog-fouling", title: "Report dog fouling", referencePrefix: "DOG")
            // Far enough ahead that the first request comes before it on a loaded machine.
            let opens = Date().addingTimeInterval(4)
            _ = try await SQLServiceLifecycleStore(database: database).addVersion(NewServiceVersion(
                definition: try DefinitionParser.parse(yaml: source), source: source, approval: .published, publishedBy: .staff(1),
                publishedAt: Date(), changeNote: "First", liveFrom: opens, closesAt: nil, submissionLimit: nil
            ), removingDraft: false)
            let browser = BrowserSession(client)
            #expect(try await browser.get("/services/dog-fouling").status == .forbidden)
            // Its time, then at most the catalogue's second.
            try await Task.sleep(for: .seconds(opens.timeIntervalSinceNow + 1.1))
            let open = try await browser.get("/services/dog-fouling")
            #expect(open.status == .ok)
            #expect(open.text.contains("Report dog fouling"))
        }
    }

    @Test("a submission limit counts submissions since the limited version went live, then closes the service",
          arguments: TestDatabase.engines)
    func submissionLimit(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await Self.addVersion(database, "volunteering", liveFrom: Date().addingTimeInterval(-1), limit: 1)
            let first = try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering"))
            #expect(first.status == .created)
            let second = try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering"))
            #expect(second.status == .conflict)
            #expect(second.errors.first?.code == "service_closed")
            #expect(second.errors.first?.message.contains("limit of 1") == true)
            try await Self.waitForCatalogue()
            let page = try await BrowserSession(client).get("/services/volunteering")
            #expect(page.text.contains("It has had as many requests as it can take"))
        }
    }

    @Test("a journey at check answers when the service closes is told its answers were not sent", arguments: TestDatabase.engines)
    func closesDuringJourney(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)
            let check = try await browser.get("/services/volunteering/check-answers")
            let digest = try #require(check.hidden("answers_digest"))
            try await SQLServiceLifecycleStore(database: database).setClosing(slug: "volunteering", version: 1, closesAt: Date())
            try await Self.waitForCatalogue()
            let sent = try await browser.post("/services/volunteering/check-answers", [("answers_digest", digest)])
            #expect(sent.status == .forbidden)
            #expect(sent.text.contains("This service is closed"))
            #expect(sent.text.contains("The answers you entered have not been sent"))
            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test("a journey in progress stays on the version it started with when a new one goes live", arguments: TestDatabase.engines)
    func journeyKeepsItsVersion(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await Self.addVersion(database, "volunteering", liveFrom: Date().addingTimeInterval(-1))
            try await Self.waitForCatalogue()
            try await browser.walk("volunteering", Journeys.volunteering)
            _ = try await browser.submit("volunteering")
            #expect(try await database.submissions().first?.serviceVersion == 1)
            let api = try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering"))
            #expect(api.json?["version"] as? Int == 2)
        }
    }

    @Test("an archived service is withdrawn", arguments: TestDatabase.engines)
    func archived(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await SQLServiceLifecycleStore(database: database).saveSettings(ServiceSettings(slug: "volunteering", archivedAt: Date()))
            let page = try await BrowserSession(client).get("/services/volunteering")
            #expect(page.text.contains("We have withdrawn it"))
            #expect(try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering")).errors.first?.code == "service_closed")
        }
    }

    @Test("signed-in-only services send visitors to sign in and back, and stay out of the public list", arguments: TestDatabase.engines)
    func signedInAudience(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await SQLServiceLifecycleStore(database: database).saveSettings(ServiceSettings(slug: "volunteering", audience: .signedIn))
            let browser = BrowserSession(client)
            let start = try await browser.get("/services/volunteering/start")
            #expect(start.status == .found)
            #expect(start.location == "/account/sign-in?return=/services/volunteering/start")
            #expect(!(try await browser.get("/")).html.contains("/services/volunteering\""))
        }
    }

    @Test("internal services are for signed-in staff only, listed for them at /", arguments: TestDatabase.engines)
    func staffAudience(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            try await SQLServiceLifecycleStore(database: database).saveSettings(ServiceSettings(slug: "volunteering", audience: .staff))
            let visitor = try await BrowserSession(client).get("/services/volunteering/start")
            #expect(visitor.location == "/staff/sign-in?return=/services/volunteering/start")
            let staff = try await BrowserSession.staff(client, database, "mairi@council.example", .caseOfficer, service: "volunteering", clock: clock)
            #expect(try await staff.get("/").html.contains("/services/volunteering\""))
            try await staff.start("volunteering", expectingFirstPage: "aged-16-or-over")
        }
    }
}
