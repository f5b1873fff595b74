import Foundation

/// A raised alert, as `/analytics/alerts` lists it.
public struct DemandAlert: Sendable, Equatable {
    public var id: Int64
    public var serviceSlug: String
    public var area: String
    public var day: Int
    public var observed: Int
    public var expected: Double
    public var threshold: Int
    public var raisedAt: Date
    public var acknowledgedBy: String?
    public var acknowledgedAt: Date?

    public init(id: Int64, serviceSlug: String, area: String, day: Int, observed: Int, expected: Double, threshold: Int,
                raisedAt: Date, acknowledgedBy: String? = nil, acknowledgedAt: Date? = nil) {
        self.id = id
        self.serviceSlug = serviceSlug
        self.area = area
        self.day = day
        self.observed = observed
        self.expected = expected
        self.threshold = threshold
        self.raisedAt = raisedAt
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
    }
}

/// The `demand_alerts` table and the counts the early warning reads.
public protocol DemandAlertStore: Sendable {
    /// Submissions per service, area and day on `days` (areas known only).
    func submissions(on days: [CalendarDay]) async throws -> [DemandCount]
    /// Stores the alerts not stored yet (one per service, area and day); returns those it stored.
    func raise(_ alerts: [NewDemandAlert], at: Date) async throws -> [DemandAlert]
    /// The newest alerts first, of `services` only when given.
    func alerts(services: Set<String>?, limit: Int) async throws -> [DemandAlert]
    /// Marks an alert seen; false when there is no such alert or it was acknowledged already.
    func acknowledge(id: Int64, by actor: Actor, at: Date) async throws -> Bool
    /// Alerts nobody has acknowledged yet, for the metric.
    func unacknowledgedCount() async throws -> Int
    /// Area codes to names, for the list and the email.
    func areaNames() async throws -> [String: String]
}
