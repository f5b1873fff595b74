import Foundation

/// A case as a queue lists it.
public struct CaseQueueRow: Sendable, Equatable {
    public var id: Int64
    public var reference: String
    public var serviceSlug: String
    public var status: String
    public var createdAt: Date
    public var channel: String
    public var assigneeID: Int64?
    public var dueDay: Int?
    public var targetMetAt: Date?
    public var applicantName: String?
    public var applicantEmail: String?
    public var postcodeDistrict: String?

    public init(id: Int64, reference: String, serviceSlug: String, status: String, createdAt: Date, channel: String, assigneeID: Int64?,
                dueDay: Int?, targetMetAt: Date?, applicantName: String?, applicantEmail: String?, postcodeDistrict: String?) {
        self.id = id
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.status = status
        self.createdAt = createdAt
        self.channel = channel
        self.assigneeID = assigneeID
        self.dueDay = dueDay
        self.targetMetAt = targetMetAt
        self.applicantName = applicantName
        self.applicantEmail = applicantEmail
        self.postcodeDistrict = postcodeDistrict
    }

    public var dueDate: CalendarDay? { dueDay.map(CalendarDay.init(dayNumber:)) }

    /// Where this row sits in `sort`, for a link to the page after or before it.
    public func cursor(_ sort: CaseSort) -> CaseCursor {
        switch sort {
        case .due: CaseCursor(key: CaseSort.dueKey(dueDay), id: id)
        case .oldest, .newest: CaseCursor(key: Int64((createdAt.timeIntervalSince1970 * 1000).rounded()), id: id)
        }
    }
}

/// One page of a list, with where the pages either side start.
public struct CasePage: Sendable, Equatable {
    public var rows: [CaseQueueRow]
    /// Start of the next page; nil on the last.
    public var next: CaseCursor?
    /// End of the previous page (the page before this row); nil on the first.
    public var previous: CaseCursor?
    /// How many cases match, counted up to `countLimit`.
    public var count: Int

    /// Counting stops here: past it the list says "more than 1,000", and counting never costs more than that.
    public static let countLimit = 1000

    public init(rows: [CaseQueueRow], next: CaseCursor?, previous: CaseCursor?, count: Int) {
        self.rows = rows
        self.next = next
        self.previous = previous
        self.count = count
    }

    public static let empty = CasePage(rows: [], next: nil, previous: nil, count: 0)

    public var countIsCapped: Bool { count > Self.countLimit }
}

/// The case lists of the back office: every queue, filter, search and page, answered by one method on either engine.
public protocol CaseQueue: Sendable {
    func search(_ query: CaseQuery) async throws -> CasePage
}
