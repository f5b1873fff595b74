import Foundation

/// The three queues a case officer works from.
public enum CaseQueueKind: String, Sendable, CaseIterable {
    /// Cases assigned to me.
    case mine
    /// Cases of my services that nobody has picked up: my team's queue.
    case unassigned
    /// Every case of my services.
    case all
}

/// The orders a list can be in. Each is a key plus the case id, so paging can resume after any row (keyset paging).
public enum CaseSort: String, Sendable, CaseIterable {
    /// Earliest deadline first; cases without a deadline last.
    case due
    /// Received longest ago first.
    case oldest
    /// Received most recently first.
    case newest

    /// What a case without a deadline sorts as: after every real day.
    public static let noDeadlineKey: Int64 = 2_147_483_647

    public static func dueKey(_ dueDay: Int?) -> Int64 { dueDay.map(Int64.init) ?? noDeadlineKey }

    public var isDescending: Bool { self == .newest }
}

/// Whose cases to show.
public enum AssigneeFilter: Sendable, Equatable {
    case nobody
    case staff(Int64)
}

/// A row to page from: the sort key of the row (due key or received time in milliseconds) and its id.
public struct CaseCursor: Sendable, Equatable {
    public var key: Int64
    public var id: Int64

    public init(key: Int64, id: Int64) {
        self.key = key
        self.id = id
    }

    /// `20417.3021`: what goes in a "next page" link.
    public var token: String { "\(key).\(id)" }

    public init?(token: some StringProtocol) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let key = Int64(parts[0]), let id = Int64(parts[1]) else { return nil }
        self.init(key: key, id: id)
    }
}

/// Which page of a list: the first, the one after a row, or the one before a row.
public enum CasePosition: Sendable, Equatable {
    case first
    case after(CaseCursor)
    case before(CaseCursor)
}

/// One question put to the case list: a queue, filters, free text, an order and a page. Built for one member of staff;
/// it can never reach wider than the services they may handle, whatever filters it is given.
public struct CaseQuery: Sendable, Equatable {
    public var queue: CaseQueueKind
    /// The member of staff asking (whose "my cases" these are).
    public let viewerID: Int64
    /// The services the viewer may see; fixed when the query is made.
    public let allowedServices: Set<String>
    /// The services chosen in the filter; empty for all the viewer may see.
    public var chosenServices: Set<String> = []
    public var statuses: Set<String> = []
    public var assignee: AssigneeFilter?
    public var target: TargetStatus?
    public var channels: Set<String> = []
    public var receivedFrom: CalendarDay?
    public var receivedTo: CalendarDay?
    /// An outward postcode such as `IV2`.
    public var postcodeDistrict: String?
    public var text: CaseSearchText = CaseSearchText("")
    public var sort: CaseSort = .due
    public var pageSize: Int = 25
    public var position: CasePosition = .first
    /// Whether to count the matches (a page shows the count; an export reading page after page needs it once at most).
    public var countsMatches = true
    public var window: TargetWindow

    /// `allowedServices` comes from the viewer's access: the services they handle, or every published service for
    /// someone whose access covers them all.
    public init(queue: CaseQueueKind, viewerID: Int64, allowedServices: Set<String>, window: TargetWindow) {
        self.queue = queue
        self.viewerID = viewerID
        self.allowedServices = allowedServices
        self.window = window
    }

    /// The services the list covers: the chosen ones, but only those the viewer may see.
    public var services: Set<String> {
        chosenServices.isEmpty ? allowedServices : allowedServices.intersection(chosenServices)
    }

    /// Whose cases: the queue's rule and the assignee filter together. `nil` means anyone's.
    public var assigneeRule: AssigneeRule {
        let fromQueue: AssigneeFilter? = switch queue {
        case .mine: .staff(viewerID)
        case .unassigned: .nobody
        case .all: nil
        }
        switch (fromQueue, assignee) {
        case (nil, nil): return .anyone
        case (let only?, nil), (nil, let only?): return .only(only)
        case (let queueRule?, let filter?): return queueRule == filter ? .only(queueRule) : .contradictory
        }
    }

    public enum AssigneeRule: Sendable, Equatable {
        case anyone
        case only(AssigneeFilter)
        /// "My cases" filtered to someone else's: nothing can match.
        case contradictory
    }

    /// Whether the filters rule out every case, so there is nothing to ask the database.
    public var matchesNothing: Bool {
        if services.isEmpty || assigneeRule == .contradictory { return true }
        if let from = receivedFrom, let to = receivedTo, to < from { return true }
        return false
    }

    /// Received from the start of `receivedFrom` to the end of `receivedTo`, in UK time, as epoch milliseconds.
    public var receivedMillis: (from: Int64?, until: Int64?) {
        (receivedFrom.map { Self.startMillis(of: $0) }, receivedTo.map { Self.startMillis(of: $0.adding(days: 1)) })
    }

    static func startMillis(of day: CalendarDay) -> Int64 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
