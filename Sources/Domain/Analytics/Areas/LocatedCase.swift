import Foundation

/// A case with a point, as the staff map shows it: no name, no address, no answers.
public struct LocatedCase: Sendable, Equatable {
    public var reference: String
    public var service: String
    public var status: String
    public var createdAt: Date
    public var area: String?
    public var point: GeoPoint

    public init(reference: String, service: String, status: String, createdAt: Date, area: String?, point: GeoPoint) {
        self.reference = reference
        self.service = service
        self.status = status
        self.createdAt = createdAt
        self.area = area
        self.point = point
    }
}

/// Which located cases to show: every filter optional; `services` limits to what the viewer may see (nil: all).
public struct LocatedCaseQuery: Sendable, Equatable {
    public var services: Set<String>?
    public var service: String?
    public var status: String?
    /// Received on or after this day, in the council's time zone.
    public var from: CalendarDay?
    /// Received on or before this day.
    public var to: CalendarDay?
    public var area: String?
    public var limit: Int

    public init(services: Set<String>? = nil, service: String? = nil, status: String? = nil, from: CalendarDay? = nil, to: CalendarDay? = nil,
                area: String? = nil, limit: Int = 5_000) {
        self.services = services
        self.service = service
        self.status = status
        self.from = from
        self.to = to
        self.area = area
        self.limit = limit
    }
}

public protocol LocatedCaseReading: Sendable {
    /// The newest located cases matching the query, at most `limit`, and whether there were more.
    func located(_ query: LocatedCaseQuery) async throws -> (cases: [LocatedCase], more: Bool)
}
