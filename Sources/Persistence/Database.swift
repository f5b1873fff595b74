import Foundation
import Synchronization
import Logging
import SQLKit

public enum DatabaseEngine: String, Sendable {
    case sqlite, postgresql
}

/// The connection to whichever engine is configured: reads go to a pool, writes go through one group-commit writer.
public protocol DatabaseBackend: Sendable {
    var engine: DatabaseEngine { get }
    /// Runs `body` on a connection for reading.
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `body` on the connection reserved for writing; the caller manages the transaction.
    func withWriter<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func close() async
}

/// The database as the rest of the platform sees it.
public final class Database: Sendable {
    public let backend: any DatabaseBackend
    let writer: GroupCommitWriter
    public let logger: Logger

    public var engine: DatabaseEngine { backend.engine }

    init(backend: any DatabaseBackend, logger: Logger, maxBatch: Int = 256) {
        self.backend = backend
        self.logger = logger
        self.writer = GroupCommitWriter(backend: backend, logger: logger, maxBatch: maxBatch)
    }

    /// Opens (creating if needed) the database at `location`. Call `migrate()` before use and `close()` at the end.
    /// `maxConnections` caps a PostgreSQL pool; tests, which open a database each, use small ones so a whole run
    /// stays under the server's connection limit.
    public static func open(_ location: DatabaseLocation, logger: Logger, maxConnections: Int = 20) async throws -> Database {
        switch location {
        case .sqlite(let path):
            return Database(backend: try await SQLiteBackend.open(path: path, logger: logger), logger: logger)
        case .postgres:
            return Database(backend: PostgresBackend(location: location, logger: logger, maxConnections: maxConnections), logger: logger)
        }
    }

    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.read(body)
    }

    /// Runs `operation` inside a transaction shared with other concurrent writes; returns once that transaction is durable.
    public func write(_ operation: @escaping WriteOperation) async throws {
        try await writer.submit(then: operation)
    }

    /// Inserts `rows`, applies `updates`, then runs `operation`, in a shared transaction; returns once it is durable.
    public func write(rows: [InsertRow], updates: [UpdateRow] = [], then operation: WriteOperation? = nil) async throws {
        try await writer.submit(rows: rows, updates: updates, then: operation)
    }

    /// Like `write(_:)`, handing back what the operation returned.
    public func write<T: Sendable>(returning operation: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let result = ResultBox<T>()
        try await writer.submit { db in result.set(try await operation(db)) }
        guard let value = result.get() else { throw DatabaseError.missingResult }
        return value
    }

    /// Answers whether the database can be reached right now.
    public func ping() async -> Bool {
        do {
            _ = try await read { db in try await db.raw("SELECT 1 AS ok").first() }
            return true
        } catch {
            return false
        }
    }

    /// Commits one small write through the group-commit writer, as every request's write does; throws what such a
    /// write would. For the readiness check: a database that answers reads may still refuse writes (a read-only file,
    /// a standby after a failover, a full disk).
    public func probeWrite() async throws {
        try await write { db in
            try await db.raw("""
                INSERT INTO readiness_probe (id, checked_at) VALUES (1, \(bind: Clock.millis()))
                ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
                """).run()
        }
    }

    public func close() async { await backend.close() }
}

public enum DatabaseError: Error, CustomStringConvertible {
    case missingResult
    public var description: String { "a committed write produced no result" }
}

/// Carries a write's result out of the group-commit writer, which runs it on another task.
private final class ResultBox<T: Sendable>: Sendable {
    private let value = Mutex<T?>(nil)
    func set(_ newValue: T) { value.withLock { $0 = newValue } }
    func get() -> T? { value.withLock { $0 } }
}

extension Database {
    /// Runs one statement outside the group-commit writer; for administration (schemas, maintenance), not for data.
    public func execute(_ sql: String) async throws {
        try await backend.withWriter { db in try await db.raw(SQLQueryString(sql)).run() }
    }
}
