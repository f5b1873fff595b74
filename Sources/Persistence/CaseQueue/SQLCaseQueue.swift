import Domain
import Foundation
import SQLKit

/// The back-office case lists on either engine: `CaseQueueSQL` writes the SQL, this runs it and turns rows into a page.
public struct SQLCaseQueue: CaseQueue {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func search(_ query: CaseQuery) async throws -> CasePage {
        guard !query.matchesNothing else { return .empty }
        let sql = CaseQueueSQL(query: query, engine: database.engine)
        let cursor: CaseCursor?
        let direction: CaseQueueSQL.Direction
        switch query.position {
        case .first: (cursor, direction) = (nil, .forward)
        case .after(let after): (cursor, direction) = (after, .forward)
        case .before(let before): (cursor, direction) = (before, .backward)
        }
        let rows = try await database.read { db in try await db.raw(sql.page(from: cursor, direction)).all() }
        let fetched = try rows.map(Self.row)
        // Every row carries the count; a page past the end has none, and shows none.
        let count = query.countsMatches ? try rows.first?.int("matching") ?? 0 : 0
        let size = query.pageSize
        switch direction {
        case .forward:
            let shown = Array(fetched.prefix(size))
            return CasePage(
                rows: shown,
                next: fetched.count > size ? shown.last?.cursor(query.sort) : nil,
                previous: cursor == nil ? nil : shown.first?.cursor(query.sort),
                count: count
            )
        case .backward:
            // Fetched walking backwards from the cursor; shown in the list's own order.
            let shown = Array(fetched.prefix(size).reversed())
            guard !shown.isEmpty else {
                var first = query
                first.position = .first
                return try await search(first)
            }
            return CasePage(
                rows: shown,
                next: shown.last?.cursor(query.sort),
                previous: fetched.count > size ? shown.first?.cursor(query.sort) : nil,
                count: count
            )
        }
    }

    static func row(_ row: any SQLRow) throws -> CaseQueueRow {
        CaseQueueRow(
            id: try row.int64("id"), reference: try row.string("reference"), serviceSlug: try row.string("service_slug"),
            status: try row.string("status"), createdAt: Clock.date(try row.int64("created_at")), channel: try row.string("channel"),
            assigneeID: try row.decode(column: "assignee_id", as: Int64?.self), dueDay: try row.decode(column: "due_day", as: Int?.self),
            targetMetAt: try row.decode(column: "target_met_at", as: Int64?.self).map(Clock.date),
            applicantName: try row.optionalString("applicant_name"), applicantEmail: try row.optionalString("applicant_email"),
            postcodeDistrict: try row.optionalString("postcode_district")
        )
    }
}
