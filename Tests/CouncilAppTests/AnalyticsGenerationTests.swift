@testable import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Jobs
import Persistence
import SQLKit
import Testing

@Suite("Generated analytics data and the early warning job")
struct AnalyticsGenerationTests {
    static func total(_ database: Database, _ sql: SQLQueryString) async throws -> Int {
        try await database.read { db in try await db.raw(sql).first()?.decode(column: "n", as: Int?.self) ?? 0 }
    }

    @Test("cases generate --analytics fills the council's wards, located cases, counters and feedback", arguments: TestDatabase.engines)
    func generateWithAnalytics(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await ServicePublisher(database: database).publishMissing(from: TestApp.servicesDirectory, logger: TestDatabase.logger)
            let made = try await CaseGenerator(database: database).generate(
                count: 1200, seed: 4, officersPerService: 1, analytics: true, today: CalendarDay(year: 2026, month: 11, day: 25), batchSize: 500
            )
            #expect(made.cases == 1200)
            #expect(made.journeyEvents > 1200 * 3)
            #expect(try await Self.total(database, "SELECT COUNT(*) AS n FROM areas WHERE kind = 'ward' AND boundary IS NOT NULL") == 12)
            #expect(try await Self.total(database, "SELECT COUNT(*) AS n FROM postcode_areas") == 12 * SyntheticCouncil.postcodesPerWard)
            #expect(try await Self.total(database, "SELECT COUNT(*) AS n FROM cases WHERE area_code IS NOT NULL AND latitude IS NOT NULL") == 1200)
            #expect(try await Self.total(database, "SELECT CAST(SUM(count) AS BIGINT) AS n FROM measure_counts WHERE measure = 'submitted'") == 1200)
            #expect(try await Self.total(database, """
                SELECT CAST(SUM(count) AS BIGINT) AS n FROM measure_counts WHERE measure NOT IN ('submitted', 'decided', 'in_target', 'late', 'feedback')
                """) == made.journeyEvents)
            #expect(try await Self.total(database, "SELECT COUNT(*) AS n FROM feedback") == made.feedback)
            #expect(try await Self.total(database, "SELECT CAST(SUM(count) AS BIGINT) AS n FROM measure_counts WHERE measure = 'feedback'") == made.feedback)
            // Located cases' applicants live in the invented council (postcode area SV), where the service asks.
            #expect(try await Self.total(database, "SELECT COUNT(*) AS n FROM cases WHERE postcode_district IS NOT NULL AND postcode_district NOT LIKE 'SV%'") == 0)
            // A second run adds to the counters rather than failing on them.
            try await CaseGenerator(database: database).generate(
                count: 300, seed: 5, officersPerService: 1, analytics: true, today: CalendarDay(year: 2026, month: 11, day: 25)
            )
            #expect(try await Self.total(database, "SELECT CAST(SUM(count) AS BIGINT) AS n FROM measure_counts WHERE measure = 'submitted'") == 1500)
        }
    }

    static func submitted(_ database: Database, service: String = "report-a-pothole", area: String, day: CalendarDay, count: Int) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO measure_counts (service_slug, day, measure, detail, version, channel, language, area, count)
                VALUES (\(bind: service), \(bind: day.dayNumber), 'submitted', '', 1, 'online', 'en', \(bind: area), \(bind: count))
                """).run()
        }
    }

    @Test("demand-watch raises a planted spike once, emails each analyst (no personal data), and acknowledging clears the metric", arguments: TestDatabase.engines)
    func demandWatch(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let today = CalendarDay(year: 2026, month: 11, day: 25)
            let staff = SQLStaffRepository(database: database)
            _ = try await staff.create(email: "analyst@council.example", passwordHash: nil, grants: [RoleGrant(role: .analyst)])
            _ = try await staff.create(email: "officer@council.example", passwordHash: nil, grants: [RoleGrant(role: .caseOfficer, serviceSlug: "report-a-pothole")])
            for week in 1...8 {
                try await Self.submitted(database, area: "W01", day: today.adding(days: -7 * week), count: 2)
                try await Self.submitted(database, area: "W02", day: today.adding(days: -7 * week), count: 3)
            }
            try await Self.submitted(database, area: "W01", day: today, count: 14)
            try await Self.submitted(database, area: "W02", day: today, count: 4)
            try await Self.submitted(database, area: "", day: today, count: 50)
            let alerts = SQLDemandAlerts(database: database)
            let queue = SQLJobQueue(database: database)
            let now = Date(timeIntervalSince1970: Double(today.dayNumber) * 86_400 + 10 * 3600)
            let handler = DemandWatchHandler(alerts: alerts, queue: queue, staff: staff, serviceTitles: { ["report-a-pothole": "Report a pothole"] },
                                             rule: DemandRule(), publicURL: "https://council.example", now: { now })
            let job = ClaimedJob(id: 1, topic: "demand-watch", reference: "", payload: ["period": .string("\(today.iso)T10")], idempotencyKey: "", attempts: 1)
            let first = try await handler.run(job)
            #expect(first.hasPrefix("1 new alerts, 1 of 1 analysts emailed"), "\(first)")
            let raised = try await alerts.alerts(services: nil, limit: 10)
            #expect(raised.map(\.area) == ["W01"])
            #expect(raised.first?.observed == 14 && raised.first?.expected == 2 && raised.first?.threshold == 10)
            let emails = try await database.read { db in try await db.raw("SELECT payload FROM outbox WHERE topic = 'email'").all() }
            #expect(emails.count == 1)
            let body = try emails.first?.decode(column: "payload", as: String.self) ?? ""
            #expect(body.contains("analyst@council.example") && body.contains("Report a pothole") && body.contains("/analytics/alerts"))
            #expect(!body.contains("officer@council.example"))

            // The next hour: the same alert is not raised or emailed again.
            let second = try await handler.run(job)
            #expect(second.hasPrefix("no new alerts"))
            #expect(try await Self.total(database, "SELECT COUNT(*) AS n FROM outbox WHERE topic = 'email'") == 1)

            #expect(try await alerts.unacknowledgedCount() == 1)
            let id = try #require(raised.first?.id)
            #expect(try await alerts.acknowledge(id: id, by: .staff(1), at: now))
            #expect(try await alerts.acknowledge(id: id, by: .staff(1), at: now) == false, "once only")
            #expect(try await alerts.unacknowledgedCount() == 0)
            #expect(try await alerts.alerts(services: ["hardship-fund"], limit: 10).isEmpty)
            #expect(PrometheusText.demandAlerts(open: 0).contains("onecouncil_demand_alerts_open 0"))
        }
    }
}
