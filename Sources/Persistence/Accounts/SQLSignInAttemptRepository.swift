import Domain
import Foundation
import SQLKit

public struct SQLSignInAttemptRepository: SignInAttemptRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func recordFailure(keys: [String], at: Date) async throws {
        let rows = keys.map { InsertRow("sign_in_failures", ["key": $0, "failed_at": Clock.millis(at)]) }
        // Old failures no longer count towards any window; they are dropped as new ones arrive.
        let dayAgo = Clock.millis(at.addingTimeInterval(-86_400))
        try await database.write(rows: rows) { db in
            try await db.raw("DELETE FROM sign_in_failures WHERE key IN (\(binds: keys)) AND failed_at < \(bind: dayAgo)").run()
        }
    }

    public func failures(key: String, since: Date) async throws -> (count: Int, earliest: Date?, latest: Date?) {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT COUNT(*) AS n, MIN(failed_at) AS earliest, MAX(failed_at) AS latest FROM sign_in_failures
                WHERE key = \(bind: key) AND failed_at >= \(bind: Clock.millis(since))
                """).first()
        }
        guard let row else { return (0, nil, nil) }
        return (try row.int("n"), try row.decode(column: "earliest", as: Int64?.self).map(Clock.date),
                try row.decode(column: "latest", as: Int64?.self).map(Clock.date))
    }

    public func clear(key: String) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM sign_in_failures WHERE key = \(bind: key)").run()
        }
    }
}
