import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// The duplicate check (FixMyStreet's): after the location page, open pothole reports near the point are offered;
/// following one adds the citizen to that case, counts `duplicate_joined` and is audited.
@Suite struct NearbyReportTests {
    static let slug = "report-a-pothole"
    static let point = (latitude: 55.9533, longitude: -3.1883)

    /// Publishes the sample pothole service again with `nearby_reports` on its location question.
    static func publishWithNearbyCheck(_ database: Database, metres: Int = 50) async throws {
        let path = TestApp.repositoryRoot.appendingPathComponent("services/report-a-pothole.yaml").path
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        let changed = yaml.replacingOccurrences(of: "          - id: location\n            type: location\n",
                                                with: "          - id: location\n            type: location\n            nearby_reports: \(metres)\n")
        #expect(changed != yaml)
        _ = try await ServicePublisher(database: database).publish(source: changed)
        // The catalogue re-reads the current version at most once a second.
        try await Task.sleep(for: .milliseconds(1100))
    }

    /// Sends a pothole report in its own browser and places its case at the point (helper b's submission does that
    /// on main; here the test sets it).
    static func existingReport(_ client: any TestClientProtocol, _ database: Database, at point: (latitude: Double, longitude: Double),
                               status: String? = nil) async throws -> String {
        let browser = BrowserSession(client)
        try await browser.start(slug, expectingFirstPage: "immediate-danger")
        try await browser.walk(slug, Journeys.pothole)
        let reference = try #require(try await browser.submit(slug).reference)
        try await database.write { db in
            try await db.raw("UPDATE cases SET latitude = \(bind: point.latitude), longitude = \(bind: point.longitude) WHERE reference = \(bind: reference)").run()
            if let status { try await db.raw("UPDATE cases SET status = \(bind: status) WHERE reference = \(bind: reference)").run() }
        }
        return reference
    }

    static func toLocation(_ browser: BrowserSession) async throws {
        try await browser.start(slug, expectingFirstPage: "immediate-danger")
        try await browser.walk(slug, [Step("immediate-danger", [("immediate-danger", "no")], next: "location")])
    }

    static func answerLocation(_ browser: BrowserSession, latitude: Double, longitude: Double) async throws -> String {
        try await browser.answer("/services/\(slug)/location", [
            ("location-description", "By the school gates"), ("location-latitude", String(latitude)), ("location-longitude", String(longitude)),
        ])
    }

    @Test(arguments: TestDatabase.engines)
    func anOpenReportNearbyIsOfferedAndFollowed(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let existing = try await Self.existingReport(client, database, at: Self.point)
            try await Self.publishWithNearbyCheck(database)
            let browser = BrowserSession(client)
            try await Self.toLocation(browser)
            // About 22 metres north of the existing report.
            let next = try await Self.answerLocation(browser, latitude: 55.9535, longitude: -3.1883)
            #expect(next == "/services/\(Self.slug)/location/nearby")

            let offered = try await browser.get(next)
            #expect(offered.status == .ok)
            #expect(offered.heading == "Has this already been reported?")
            #expect(offered.text.contains("\(existing): Report a pothole, received, about 22 metres away"))
            // Nothing the other citizen wrote: not their description, not their answers.
            #expect(!offered.text.contains("Outside 12 High Street"))

            let joined = try await browser.post(next, [("report", existing), ("email", "Neighbour@Example.com")])
            #expect(joined.status == .seeOther)
            #expect(joined.location == "\(next)?joined=\(existing)")
            let following = try await browser.follow(joined)
            #expect(following.status == .ok)
            #expect(following.reference == existing)
            #expect(following.text.contains("We will email you when it is updated"))

            #expect(try await database.submissions().count == 1)
            let parties = try await database.read { db in
                try await db.raw("SELECT detail FROM case_events WHERE case_reference = \(bind: existing) AND kind = 'interested_party'").all()
                    .map { try $0.decode(column: "detail", as: String.self) }
            }
            #expect(parties.count == 1)
            #expect(parties.first?.contains("neighbour@example.com") == true)
            #expect(try await database.measure("duplicate_joined") == 1)
            // Sending the form again does not count the citizen twice.
            let again = try await browser.post(next, [("report", existing), ("email", "")])
            #expect(again.location == "\(next)?joined=\(existing)")
            #expect(try await database.measure("duplicate_joined") == 1)
            #expect(try await database.auditEntries().contains { $0.action == .journeyDuplicateJoined && $0.subject == "submission:\(existing)" })
        }
    }

    @Test func choosingNothingOrAReportNotOfferedIsRefused() async throws {
        try await TestApp.with { client, database in
            let existing = try await Self.existingReport(client, database, at: Self.point)
            try await Self.publishWithNearbyCheck(database)
            let browser = BrowserSession(client)
            try await Self.toLocation(browser)
            let next = try await Self.answerLocation(browser, latitude: Self.point.latitude, longitude: Self.point.longitude)
            let nothing = try await browser.post(next, [("email", "")])
            #expect(nothing.status == .unprocessableContent)
            #expect(nothing.errorSummaryMessages == ["Select the report that is the same problem, or ‘No, mine is a different problem’"])
            let other = try await browser.post(next, [("report", "POT-2222-3333")])
            #expect(other.status == .unprocessableContent)
            #expect(other.errorSummaryMessages == ["That report is no longer open near this place. Choose again."])
            let badEmail = try await browser.post(next, [("report", existing), ("email", "not an email")])
            #expect(badEmail.status == .unprocessableContent)
            #expect(try await database.measure("duplicate_joined") == 0)
            // The "following" page is only for the browser that followed.
            let peek = try await browser.get("\(next)?joined=\(existing)")
            #expect(peek.location == next)
        }
    }

    @Test func mineIsDifferentCarriesOnWithTheReport() async throws {
        try await TestApp.with { client, database in
            _ = try await Self.existingReport(client, database, at: Self.point)
            try await Self.publishWithNearbyCheck(database)
            let browser = BrowserSession(client)
            try await Self.toLocation(browser)
            let next = try await Self.answerLocation(browser, latitude: Self.point.latitude, longitude: Self.point.longitude)
            let different = try await browser.post(next, [("report", "different")])
            #expect(different.location == "/services/\(Self.slug)/surface")
            #expect(try await database.measure("duplicate_joined") == 0)
        }
    }

    @Test func farAwayClosedOrUnlocatedReportsAreNotOffered() async throws {
        try await TestApp.with { client, database in
            // 300 metres away, and one closed at the very point.
            _ = try await Self.existingReport(client, database, at: (55.9560, -3.1883))
            _ = try await Self.existingReport(client, database, at: Self.point, status: "closed")
            try await Self.publishWithNearbyCheck(database)
            let browser = BrowserSession(client)
            try await Self.toLocation(browser)
            #expect(try await Self.answerLocation(browser, latitude: Self.point.latitude, longitude: Self.point.longitude) == "/services/\(Self.slug)/surface")
            // A description alone has no point to search around.
            let other = BrowserSession(client)
            try await Self.toLocation(other)
            #expect(try await other.answer("/services/\(Self.slug)/location", [("location-description", "By the school")]) == "/services/\(Self.slug)/surface")
            // Asked for directly, the check sends the citizen on.
            let direct = try await browser.get("/services/\(Self.slug)/location/nearby")
            #expect(direct.location == "/services/\(Self.slug)/surface")
        }
    }

    @Test func withoutTheDefinitionKeyThereIsNoCheck() async throws {
        try await TestApp.with { client, database in
            _ = try await Self.existingReport(client, database, at: Self.point)
            let browser = BrowserSession(client)
            try await Self.toLocation(browser)
            #expect(try await Self.answerLocation(browser, latitude: Self.point.latitude, longitude: Self.point.longitude) == "/services/\(Self.slug)/surface")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func statusUpdatesAreCopiedToFollowers(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await ServicePublisher(database: database).publishMissing(from: TestApp.servicesDirectory, logger: TestDatabase.logger)
            let reference = "POT-TEST-0001"
            try await database.write { db in
                try await db.raw("""
                    INSERT INTO submissions (reference, service_slug, service_version, answers, channel, language, contact_email, submitted_at)
                    VALUES (\(bind: reference), 'report-a-pothole', 1, '{}', 'online', 'en', 'first@example.com', 0)
                    """).run()
                try await db.raw("""
                    INSERT INTO cases (reference, service_slug, status, created_at, updated_at, status_since, channel, latitude, longitude)
                    VALUES (\(bind: reference), 'report-a-pothole', 'received', 0, 0, 0, 'online', 55.9533, -3.1883)
                    """).run()
            }
            let store = SQLNearbyReportStore(database: database)
            let search = NearbySearch(serviceSlug: "report-a-pothole", latitude: 55.9534, longitude: -3.1883, metres: 50, closedStatuses: ["closed"])
            #expect(try await store.nearby(search).map(\.reference) == [reference])
            let day = CalendarDay(year: 2026, month: 11, day: 25)
            for email in ["second@example.com", "second@example.com", "third@example.com"] {
                #expect(try await store.join(JoiningReport(reference: reference, email: email, citizenID: nil, version: 1, language: .en, day: day, at: Date())))
            }
            #expect(try await store.join(JoiningReport(reference: "POT-NONE-0000", email: nil, citizenID: nil, version: 1, language: .en, day: day, at: Date())) == false)
            #expect(try await database.measure("duplicate_joined") == 3)

            let notify = CaseNotification.statusChanged(reference: reference, to: "in-review", reason: nil, email: "first@example.com", phone: nil)
            #expect(try await SQLCaseRepository(database: database).apply(
                .status(from: "received", to: "in-review", reason: nil, meetsTarget: false, notify: notify), to: reference, actor: .commandLine, at: Date()
            ))
            let recipients = try await database.read { db in
                try await db.raw("SELECT payload FROM outbox WHERE reference = \(bind: reference) AND topic = 'notification'").all()
                    .map { try $0.decode(column: "payload", as: String.self) }
            }
            #expect(recipients.count == 3)
            for email in ["first@example.com", "second@example.com", "third@example.com"] {
                #expect(recipients.filter { $0.contains(email) }.count == 1, "one update to \(email)")
            }
        }
    }
}

extension Database {
    /// The total of one measure's counters, whatever their other dimensions.
    func measure(_ measure: String, detail: String? = nil) async throws -> Int {
        try await read { db in
            let rows = try await db.raw("SELECT detail, count FROM measure_counts WHERE measure = \(bind: measure)").all()
            return try rows.reduce(0) { total, row in
                let rowDetail = try row.decode(column: "detail", as: String.self)
                guard detail == nil || rowDetail == detail else { return total }
                return total + (try row.decode(column: "count", as: Int.self))
            }
        }
    }
}
