import Domain
import Foundation
import SQLKit

/// Writes invented cases (`SyntheticCaseFactory`) in bulk: submission and case rows, many to a statement and thousands
/// to a transaction, with the status, officer and target each case has reached. For trying the back office at scale;
/// real cases only ever arrive through `SQLSubmissionRepository`.
public struct SQLSyntheticCaseLoader: Sendable {
    private let database: Database

    public init(database: Database) { self.database = database }

    /// One past the highest case id: the serial number the next invented case starts from, so a second run never
    /// repeats the first one's references.
    public func nextSerial() async throws -> Int64 {
        let row = try await database.read { db in try await db.raw("SELECT COALESCE(MAX(id), 0) AS n FROM cases").first() }
        return (try row?.int64("n") ?? 0) + 1
    }

    /// Writes `cases` in one transaction.
    public func load(_ cases: [SyntheticCase]) async throws {
        var rows: [InsertRow] = []
        rows.reserveCapacity(cases.count * 2)
        for item in cases {
            rows.append(SQLSubmissionRepository.submissionRow(item.submission))
            rows.append(SQLSubmissionRepository.caseRow(item.submission)
                .setting("status", item.status)
                .setting("status_since", Clock.millis(item.statusSince))
                .setting("updated_at", Clock.millis(max(item.statusSince, item.submission.submittedAt)))
                .setting("assignee_id", item.assigneeID)
                .setting("target_met_at", item.targetMetAt.map { Clock.millis($0) }))
        }
        // Grouped by table in order of first appearance: submissions first, as cases refer to them.
        try await database.write(rows: rows)
    }

    /// Refreshes the planner's statistics after a bulk load, so both engines choose the queue indexes.
    public func analyse() async throws {
        switch database.engine {
        case .sqlite: try await database.execute("ANALYZE")
        case .postgresql:
            try await database.execute("VACUUM ANALYZE cases")
            try await database.execute("VACUUM ANALYZE submissions")
        }
    }
}
