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

    /// Writes `cases` in one transaction, with their measure counters (added to any already there) and feedback.
    public func load(_ cases: [SyntheticCase]) async throws {
        var rows: [InsertRow] = []
        rows.reserveCapacity(cases.count * 2)
        var counts: [MeasureKey: Int] = [:]
        for item in cases {
            rows.append(SQLSubmissionRepository.submissionRow(item.submission))
            var caseRow = SQLSubmissionRepository.caseRow(item.submission)
                .setting("status", item.status)
                .setting("status_since", Clock.millis(item.statusSince))
                .setting("updated_at", Clock.millis(max(item.statusSince, item.submission.submittedAt)))
                .setting("assignee_id", item.assigneeID)
                .setting("target_met_at", item.targetMetAt.map { Clock.millis($0) })
            if let area = item.areaCode {
                caseRow = caseRow.setting("area_code", area).setting("latitude", item.latitude).setting("longitude", item.longitude)
            }
            rows.append(caseRow)
            for key in item.counts { counts[key, default: 0] += 1 }
        }
        for item in cases {
            guard let feedback = item.feedback else { continue }
            rows.append(InsertRow("feedback", [
                "service_slug": feedback.serviceSlug, "version": feedback.version, "day": feedback.day, "rating": feedback.rating,
                "comment": feedback.comment, "language": feedback.language, "created_at": Clock.millis(feedback.createdAt),
            ]))
        }
        // Grouped by table in order of first appearance: submissions first, as cases refer to them.
        let summed = counts
        try await database.write(rows: rows) { db in try await SQLMeasureStore.add(summed, db) }
    }

    /// Writes the council's wards (with their boundaries) and postcodes, replacing those of the same codes.
    public func loadCouncil(_ council: SyntheticCouncil) async throws {
        try await database.write { db in
            for ward in council.wards {
                try await db.raw("DELETE FROM postcode_areas WHERE area_code = \(bind: ward.code)").run()
                try await db.raw("DELETE FROM areas WHERE code = \(bind: ward.code)").run()
                try await db.insert(into: "areas")
                    .columns("code", "name", "kind", "boundary", "min_longitude", "min_latitude", "max_longitude", "max_latitude")
                    .values([ward.code, ward.name, "ward", ward.boundaryGeoJSON, ward.minLongitude, ward.minLatitude,
                             ward.maxLongitude, ward.maxLatitude] as [any Encodable & Sendable])
                    .run()
                var insert = db.insert(into: "postcode_areas").columns("postcode", "area_code", "latitude", "longitude")
                for postcode in ward.postcodes {
                    insert = insert.values([PostcodeKey.make(postcode.postcode), postcode.areaCode, postcode.latitude, postcode.longitude]
                                           as [any Encodable & Sendable])
                }
                try await insert.run()
            }
        }
    }

    /// Refreshes the planner's statistics after a bulk load, so both engines choose the queue indexes.
    public func analyse() async throws {
        switch database.engine {
        case .sqlite: try await database.execute("ANALYZE")
        case .postgresql:
            try await database.execute("VACUUM ANALYZE cases")
            try await database.execute("VACUUM ANALYZE submissions")
            try await database.execute("VACUUM ANALYZE measure_counts")
            try await database.execute("VACUUM ANALYZE feedback")
        }
    }
}
