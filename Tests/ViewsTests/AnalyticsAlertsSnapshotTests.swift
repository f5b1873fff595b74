import Domain
import Foundation
import Testing
@testable import Views

/// The early warning's alert list at `/analytics/alerts`.
@Suite struct AnalyticsAlertsSnapshotTests {
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func alerts() {
        assertPageSnapshots({ language in
            DemandAlertsPage(
                layout: MockLayout.staff(language, title: Phrase.alertsTitle(language), path: "/analytics/alerts", roles: [.analyst]),
                csrfToken: "csrf-token",
                alerts: [
                    .init(id: 7, service: "Report a pothole", area: "Strathmorven Harbour", day: CalendarDay(year: 2026, month: 5, day: 28),
                          observed: 14, expected: 2.25, threshold: 11, raisedAt: Self.at, acknowledgedAt: nil),
                    .init(id: 3, service: "Book a bulky waste collection", area: "Strathmorven Kirkton", day: CalendarDay(year: 2026, month: 5, day: 20),
                          observed: 30, expected: 12.5, threshold: 27, raisedAt: Self.at, acknowledgedAt: Self.at.addingTimeInterval(3600)),
                ],
                rule: DemandRule(), acknowledged: 3
            )
        }, named: "full")
        assertPageSnapshots({ language in
            DemandAlertsPage(layout: MockLayout.staff(language, title: Phrase.alertsTitle(language), path: "/analytics/alerts", roles: [.analyst]),
                             csrfToken: "csrf-token", alerts: [], rule: DemandRule())
        }, named: "empty")
    }
}
