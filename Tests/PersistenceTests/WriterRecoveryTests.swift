import CouncilTestSupport
import Foundation
import Persistence
import SQLKit
import Testing

/// A fault that leaves the writer's connection refusing writes (SQLite opened read-only, a PostgreSQL standby after a
/// failover) must not outlive the fault: the next write after it is fixed succeeds, without a restart.
@Suite("Writer recovers from a read-only connection")
struct WriterRecoveryTests {
    @Test(arguments: TestDatabase.engines)
    func writesWorkAgainOnceTheConnectionThatRefusedThemIsReplaced(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { shared, location in
            // One writing connection, so the fault is on the connection the next write gets.
            let database = engine == .sqlite ? shared : try await Database.open(location, logger: TestDatabase.logger, maxConnections: 1)
            // The state a connection is left in when SQLite opens an unwritable file, or PostgreSQL is a standby.
            let readOnly = engine == .sqlite ? "PRAGMA query_only = ON" : "SET SESSION default_transaction_read_only = on"
            try await database.backend.withWriter { db in try await db.raw(SQLQueryString(readOnly)).run() }

            await #expect(throws: (any Error).self) { try await database.probeWrite() }
            try await database.probeWrite()
            try await database.write { db in
                try await db.raw("UPDATE readiness_probe SET checked_at = 42 WHERE id = 1").run()
            }
            let row = try await database.read { db in try await db.raw("SELECT checked_at FROM readiness_probe WHERE id = 1").first() }
            #expect(try row?.decode(column: "checked_at", as: Int64.self) == 42)
            if database !== shared { await database.close() }
        }
    }

    /// A write that is wrong (here, a constraint) is not a broken connection: the writer keeps its connection.
    @Test(arguments: TestDatabase.engines)
    func aBadWriteLeavesTheConnectionAsItIs(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            await #expect(throws: (any Error).self) {
                try await database.write { db in try await db.raw("INSERT INTO readiness_probe (id, checked_at) VALUES (NULL, NULL)").run() }
            }
            try await database.probeWrite()
        }
    }
}
