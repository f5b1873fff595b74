import CouncilTestSupport
import Domain
@testable import Persistence
import SQLKit
import Testing

/// The SQLite connections keep prepared statements; these check what that must not change.
@Suite("SQLite prepared statements")
struct SQLiteStatementCacheTests {
    @Test("more distinct statements than the cache holds all give their own results")
    func manyDistinctStatements() async throws {
        try await TestDatabase.with(.sqlite) { database, _ in
            for round in 0..<2 {
                for number in 0..<(SQLiteHandle.cacheLimit + 50) {
                    let value = try await database.read { db in
                        try await db.raw("SELECT \(unsafeRaw: String(number)) + \(bind: round) AS n").first()?.decode(column: "n", as: Int.self)
                    }
                    #expect(value == number + round)
                }
            }
        }
    }

    @Test("a statement reused with other binds, and after a failure, reads the current data")
    func reuseAfterWritesAndErrors() async throws {
        try await TestDatabase.with(.sqlite) { database, _ in
            try await database.execute("CREATE TABLE cache_check (k TEXT PRIMARY KEY, v INTEGER NOT NULL)")
            for number in 0..<5 {
                try await database.write { db in
                    try await db.raw("INSERT INTO cache_check (k, v) VALUES (\(bind: "k\(number)"), \(bind: number))").run()
                }
            }
            // A duplicate key fails inside the cached INSERT; the statement must be usable again afterwards.
            await #expect(throws: (any Error).self) {
                try await database.write { db in try await db.raw("INSERT INTO cache_check (k, v) VALUES (\(bind: "k1"), \(bind: 9))").run() }
            }
            try await database.write { db in try await db.raw("INSERT INTO cache_check (k, v) VALUES (\(bind: "k5"), \(bind: 5))").run() }
            for number in 0..<6 {
                let value = try await database.read { db in
                    try await db.raw("SELECT v FROM cache_check WHERE k = \(bind: "k\(number)")").first()?.decode(column: "v", as: Int.self)
                }
                #expect(value == number)
            }
            let missing = try await database.read { db in
                try await db.raw("SELECT v FROM cache_check WHERE k = \(bind: "nope")").first()
            }
            #expect(missing == nil)
        }
    }

    @Test("a cached statement with `column = ?` terms is not prepared again for each new value")
    func noReprepareOnRebind() async throws {
        try await TestDatabase.with(.sqlite) { database, _ in
            let sessions = SQLSessionRepository(database: database)
            let journeys = SQLJourneyRepository(database: database)
            for number in 0..<3 {
                try await sessions.create(WebSession(idHash: "hash-\(number)", csrfToken: "token", language: .en))
            }
            // Enough reads that every reader connection runs the statement several times with changing values.
            for round in 0..<40 {
                let found = try await journeys.sessionAndJourney(sessionHash: "hash-\(round % 3)", slug: "volunteering")
                #expect(found?.session.idHash == "hash-\(round % 3)")
            }
            let backend = try #require(database.backend as? SQLiteBackend)
            var checked = 0
            for handle in backend.readerHandles {
                for sql in handle.cachedStatements where sql.contains("web_sessions s LEFT JOIN journeys") {
                    #expect(handle.timesReprepared(sql) == 0, "re-prepared: \(sql)")
                    checked += 1
                }
            }
            #expect(checked > 0)
        }
    }
}
