import Domain
import Foundation

/// `/analytics/alerts`: demand alerts the early warning raised, newest day first, each with an acknowledge button
/// until someone has acknowledged it. Counts only: no personal data.
public struct DemandAlertsPage: PageModel {
    public struct Alert: Sendable {
        public var id: Int64
        public var service: String
        public var area: String
        public var day: CalendarDay
        public var observed: Int
        public var expected: Double
        public var threshold: Int
        public var raisedAt: Date
        public var acknowledgedAt: Date?

        public init(id: Int64, service: String, area: String, day: CalendarDay, observed: Int, expected: Double, threshold: Int,
                    raisedAt: Date, acknowledgedAt: Date?) {
            self.id = id
            self.service = service
            self.area = area
            self.day = day
            self.observed = observed
            self.expected = expected
            self.threshold = threshold
            self.raisedAt = raisedAt
            self.acknowledgedAt = acknowledgedAt
        }
    }

    public var layout: LayoutModel
    public var csrfToken: String
    public var alerts: [Alert]
    public var rule: DemandRule
    /// The alert just acknowledged, for the notice.
    public var acknowledged: Int64?

    public init(layout: LayoutModel, csrfToken: String, alerts: [Alert], rule: DemandRule, acknowledged: Int64? = nil) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.alerts = alerts
        self.rule = rule
        self.acknowledged = acknowledged
    }
}
