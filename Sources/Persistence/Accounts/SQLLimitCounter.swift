import Domain
import Foundation
import SQLKit

/// `limit_counts`: one row per key and fixed window. The increment is one `INSERT … ON CONFLICT DO UPDATE …
/// RETURNING`, atomic on both engines (PostgreSQL's row lock makes a second server's increment wait and add to the
/// first), so a limit holds across servers.
public struct SQLLimitCounter: LimitCounter {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func increment(_ keys: [LimitedKey], at: Date) async throws -> [Int] {
        let windows = keys.map { ($0.key, $0.windowStart(at: at)) }
        return try await database.write(returning: { db in
            var counts: [Int] = []
            for (key, start) in windows {
                // Earlier windows no longer count; each key's are dropped as it is counted again.
                try await db.raw("DELETE FROM limit_counts WHERE key = \(bind: key) AND window_start < \(bind: start)").run()
                let row = try await db.raw("""
                    INSERT INTO limit_counts (key, window_start, hits) VALUES (\(bind: key), \(bind: start), 1)
                    ON CONFLICT (key, window_start) DO UPDATE SET hits = limit_counts.hits + 1
                    RETURNING hits
                    """).first()
                counts.append(try row?.decode(column: "hits", as: Int.self) ?? 1)
            }
            return counts
        })
    }
}
