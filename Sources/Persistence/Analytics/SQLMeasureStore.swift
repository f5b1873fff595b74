import Domain
import SQLKit

/// The counters in `measure_counts`: a batch of counts is added with one UPSERT (per 3,000 counters), through the
/// group-commit writer, so counting never takes a transaction of its own next to the submissions it shares with.
public struct SQLMeasureStore: MeasureStore {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func add(_ counts: [MeasureKey: Int]) async throws {
        guard !counts.isEmpty else { return }
        try await database.write { db in try await Self.add(counts, db) }
    }

    static let columns = ["service_slug", "day", "measure", "detail", "version", "channel", "language", "area", "count"]
    /// SQLite allows 32,766 bound values per statement; nine a counter.
    static let perStatement = 3_000

    /// Adds `counts` inside the caller's transaction (a case decision counts itself in its own, exactly).
    /// Counters are written in key order, so two servers flushing at once lock rows in the same order (no deadlock on
    /// PostgreSQL); PostgreSQL also refuses one statement touching a row twice, which distinct keys rule out.
    static func add(_ counts: [MeasureKey: Int], _ db: any SQLDatabase) async throws {
        let sorted = counts.filter { $0.value != 0 }.sorted { sortKey($0.key) < sortKey($1.key) }
        var start = 0
        while start < sorted.count {
            let chunk = sorted[start..<min(start + perStatement, sorted.count)]
            var insert = db.insert(into: "measure_counts").columns(columns)
            for (key, count) in chunk {
                insert = insert.values([
                    key.service, key.day, key.measure.rawValue, key.detail, key.version, key.channel.rawValue,
                    key.language.rawValue, key.area, count,
                ] as [any Encodable & Sendable])
            }
            try await insert.onConflict(with: Array(columns.dropLast())) { update in
                update.set("count", to: SQLRaw("measure_counts.count + excluded.count"))
            }.run()
            start += chunk.count
        }
    }

    private static func sortKey(_ key: MeasureKey) -> String {
        [key.service, String(key.day), key.measure.rawValue, key.detail, String(key.version), key.channel.rawValue,
         key.language.rawValue, key.area].joined(separator: "\u{1F}")
    }
}
