import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// `/analytics/alerts` over HTTP, in the analytics area at `/analytics` (the guard keeps the test from running on a
/// tree where the area is still `/backoffice/analytics`).
@Suite("Demand alerts page")
struct DemandAlertsPageTests {
    @Test("an analyst sees an alert and acknowledges it once, with the CSRF token, audited; other roles are refused",
          .enabled(if: StaffArea.analytics.rawValue == "/analytics"), arguments: TestDatabase.engines)
    func acknowledge(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let alert = try #require(try await SQLDemandAlerts(database: database).raise(
                [NewDemandAlert(serviceSlug: "report-a-pothole", area: "W01", day: CalendarDay(year: 2026, month: 11, day: 24).dayNumber,
                                observed: 14, expected: 2, threshold: 10)], at: Date()).first)
            _ = try await StaffFixture.create(database, "analyst@council.example", .analyst, service: nil)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "report-a-pothole")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            #expect(try await officer.get("/analytics/alerts").status == .forbidden)

            let analyst = BrowserSession(client)
            _ = try await analyst.enrolStaff("analyst@council.example", clock: clock)
            let page = try await analyst.get("/analytics/alerts")
            #expect(page.status == .ok)
            #expect(page.html.contains("Report a pothole") && page.html.contains("/analytics/alerts/\(alert.id)/acknowledge"))
            #expect(try await analyst.post("/analytics/alerts/\(alert.id)/acknowledge", [], withToken: false).status == .forbidden)
            let done = try await analyst.post("/analytics/alerts/\(alert.id)/acknowledge", [])
            #expect(done.location == "/analytics/alerts?acknowledged=\(alert.id)")
            #expect(try await analyst.post("/analytics/alerts/\(alert.id)/acknowledge", []).status == .notFound)
            let audited = try await database.read { db in
                try await db.raw("SELECT subject FROM audit_log WHERE action = 'analytics.alert-acknowledged'").all()
                    .map { try $0.decode(column: "subject", as: String.self) }
            }
            #expect(audited == ["demand-alert:\(alert.id)"])
        }
    }
}
