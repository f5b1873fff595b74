import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
import Synchronization
// SQLiteNIO's copy of the SQLite library (symbols prefixed `sqlite_nio_`). It must be the same copy that SQLiteNIO
// uses: two copies of SQLite in one process would not see each other's POSIX locks on the same file.
import VaporCSQLite

/// One SQLite connection with a cache of prepared statements.
///
/// SQLiteNIO prepares (parses and plans) every statement on every call and finalizes it afterwards; on a page view
/// that was the largest single cost of the request after the network. This keeps each distinct SQL text prepared
/// for the life of the connection and only resets and rebinds it. The SQL and the binds come from SQLKit as before.
final class SQLiteHandle: Sendable {
    /// `sqlite3*` and the statements prepared on it, by SQL text.
    ///
    /// `@unchecked Sendable`, proof: a `State` exists only inside `state` (a `Mutex`) and is read or changed only
    /// within `state.withLock`; `query` and `close` never let a pointer out of the closure (rows are copied into
    /// Swift values first), so no two threads ever use the connection or a statement at the same time.
    private struct State: @unchecked Sendable {
        var connection: OpaquePointer?
        var statements: [String: Prepared] = [:]
    }

    private struct Prepared {
        var statement: OpaquePointer
        var columns: SQLiteColumns
    }

    /// Every use of the connection is under this lock, so one connection can be shared by concurrent requests
    /// (as SQLiteNIO's FULLMUTEX connections were); a statement is never used by two threads at once.
    private let state: Mutex<State>
    let path: String

    /// Distinct statements kept per connection; past this the cache is emptied. The platform's own statements are a
    /// few dozen, but a group commit's multi-row INSERT has a different text for each number of rows (up to 64 at
    /// once with 64 connections, times four tables), and at 128 the writer emptied its cache every few batches.
    static let cacheLimit = 1024

    private init(connection: OpaquePointer, path: String) {
        self.state = Mutex(State(connection: connection))
        self.path = path
    }

    static func open(path: String) throws -> SQLiteHandle {
        SQLiteHandle(connection: try openConnection(path: path), path: path)
    }

    private static func openConnection(path: String) throws -> OpaquePointer {
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE
        let status = sqlite_nio_sqlite3_open_v2(path, &connection, flags, nil)
        guard status == SQLITE_OK, let connection else {
            let message = connection.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "cannot open"
            if let connection { sqlite_nio_sqlite3_close(connection) }
            throw SQLiteFailure(code: status, message: "\(message) (\(path))")
        }
        return connection
    }

    /// Runs one statement to completion and returns its rows. Blocking: call it on a thread that may block.
    func query(_ sql: String, _ binds: [SQLiteData]) throws -> [SQLiteResultRow] {
        try state.withLock { state in try Self.run(sql, binds, &state) }
    }

    /// Like `query`, but nil at once, without running anything, if another thread is using the connection.
    func queryIfFree(_ sql: String, _ binds: [SQLiteData]) throws -> [SQLiteResultRow]? {
        try state.withLockIfAvailable { state in try Self.run(sql, binds, &state) }
    }

    private static func run(_ sql: String, _ binds: [SQLiteData], _ state: inout State) throws -> [SQLiteResultRow] {
        guard let connection = state.connection else { throw SQLiteFailure(code: SQLITE_MISUSE, message: "the connection is closed") }
        let prepared: Prepared
        if let cached = state.statements[sql] {
            prepared = cached
        } else {
            prepared = try prepare(sql, on: connection)
            if state.statements.count >= cacheLimit {
                for old in state.statements.values { sqlite_nio_sqlite3_finalize(old.statement) }
                state.statements.removeAll(keepingCapacity: true)
            }
            state.statements[sql] = prepared
        }
        let statement = prepared.statement
        // Leave the statement reset whatever happens, so it holds no read transaction open. Its bound values
        // are left in place: sqlite3_clear_bindings marks a statement with `column = ?` terms for re-preparing
        // (the planner noted that binding 0 or 1 there could change the plan), which undid the cache. Values
        // are replaced at the next use; large ones (uploads) are cleared now rather than kept until then.
        var large = false
        defer {
            sqlite_nio_sqlite3_reset(statement)
            if large { sqlite_nio_sqlite3_clear_bindings(statement) }
        }
        for (index, value) in binds.enumerated() {
            switch value {
            case .text(let text) where text.utf8.count > 65_536: large = true
            case .blob(let buffer) where buffer.readableBytes > 65_536: large = true
            default: break
            }
            let status = bind(value, at: Int32(index + 1), statement)
            guard status == SQLITE_OK else { throw SQLiteFailure(code: status, connection: connection) }
        }
        var rows: [SQLiteResultRow] = []
        while true {
            let status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw SQLiteFailure(code: status, connection: connection) }
            var values: [SQLiteData] = []
            values.reserveCapacity(prepared.columns.names.count)
            for column in 0..<Int32(prepared.columns.names.count) {
                values.append(try value(statement, column))
            }
            rows.append(SQLiteResultRow(columns: prepared.columns, values: values))
        }
    }

    /// The SQL texts prepared on this connection now, for tests.
    var cachedStatements: [String] { state.withLock { Array($0.statements.keys) } }

    /// How many times the cached statement for `sql` was prepared again since it was first prepared (SQLite does so
    /// after a schema change, or when a binding may change its plan); nil if it is not cached. For tests.
    func timesReprepared(_ sql: String) -> Int? {
        state.withLock { state in
            state.statements[sql].map { Int(sqlite_nio_sqlite3_stmt_status($0.statement, SQLITE_STMTSTATUS_REPREPARE, 0)) }
        }
    }

    /// Whether, after `error`, this connection should be opened afresh rather than used again. A connection SQLite
    /// opened read-only (the file was not writable then) stays read-only after the file is fixed; one whose ROLLBACK
    /// failed is stuck inside a transaction; one that saw an I/O error or a replaced file may hold stale state. Each
    /// would fail every later write until a restart. A bad statement (a constraint, a typo) leaves it sound.
    func needsReopening(after error: any Error) -> Bool {
        state.withLock { state in
            guard let connection = state.connection else { return true }
            if sqlite_nio_sqlite3_db_readonly(connection, "main") == 1 || sqlite_nio_sqlite3_get_autocommit(connection) == 0 { return true }
            guard let failure = error as? SQLiteFailure else { return false }
            switch failure.code & 0xFF {
            case SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_NOTADB, SQLITE_CORRUPT: return true
            default: return false
            }
        }
    }

    /// Closes the connection and opens the same file again, read-write if it can be. Blocking.
    func reopen() throws {
        try state.withLock { state in
            for prepared in state.statements.values { sqlite_nio_sqlite3_finalize(prepared.statement) }
            state.statements = [:]
            if let connection = state.connection { sqlite_nio_sqlite3_close(connection) }
            state.connection = nil
            state.connection = try Self.openConnection(path: path)
        }
    }

    func close() {
        state.withLock { state in
            for prepared in state.statements.values { sqlite_nio_sqlite3_finalize(prepared.statement) }
            state.statements = [:]
            if let connection = state.connection { sqlite_nio_sqlite3_close(connection) }
            state.connection = nil
        }
    }

    private static func prepare(_ sql: String, on connection: OpaquePointer) throws -> Prepared {
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw SQLiteFailure(code: status, connection: connection) }
        var names: [String] = []
        let count = sqlite_nio_sqlite3_column_count(statement)
        for column in 0..<count {
            names.append(sqlite_nio_sqlite3_column_name(statement, column).map { String(cString: $0) } ?? "")
        }
        return Prepared(statement: statement, columns: SQLiteColumns(names: names))
    }

    private static func bind(_ value: SQLiteData, at index: Int32, _ statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let number): return sqlite_nio_sqlite3_bind_int64(statement, index, Int64(number))
        case .float(let number): return sqlite_nio_sqlite3_bind_double(statement, index, number)
        case .null: return sqlite_nio_sqlite3_bind_null(statement, index)
        case .text(let text):
            var text = text
            return text.withUTF8 { bytes in
                sqlite_nio_sqlite3_bind_text64(statement, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                               UInt64(bytes.count), SQLITE_TRANSIENT, UInt8(SQLITE_UTF8))
            }
        case .blob(let buffer):
            return buffer.withUnsafeReadableBytes { bytes in
                sqlite_nio_sqlite3_bind_blob64(statement, index, bytes.baseAddress, UInt64(bytes.count), SQLITE_TRANSIENT)
            }
        }
    }

    private static func value(_ statement: OpaquePointer, _ column: Int32) throws -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            var buffer = ByteBufferAllocator().buffer(capacity: count)
            if let bytes = sqlite_nio_sqlite3_column_blob(statement, column) {
                buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: count))
            }
            return .blob(buffer)
        case SQLITE_NULL: return .null
        default: throw SQLiteFailure(code: SQLITE_ERROR, message: "unexpected column type")
        }
    }
}

/// `SQLITE_TRANSIENT`: SQLite copies the bound value before the call returns.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A failed SQLite call, with SQLite's own message.
public struct SQLiteFailure: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    public var message: String
    public var description: String { "SQLite error \(code): \(message)" }

    init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    init(code: Int32, connection: OpaquePointer) {
        self.init(code: code, message: sqlite_nio_sqlite3_errmsg(connection).map { String(cString: $0) } ?? "unknown error")
    }
}

/// The column names of a statement, shared by all its rows.
final class SQLiteColumns: Sendable {
    let names: [String]
    init(names: [String]) { self.names = names }

    func index(of name: String) -> Int? { names.firstIndex(of: name) }
}

/// A row read through `SQLiteHandle`, for SQLKit.
struct SQLiteResultRow: SQLRow, Sendable {
    let columns: SQLiteColumns
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.index(of: column) != nil }

    func decodeNil(column: String) throws -> Bool {
        guard let index = columns.index(of: column) else { throw missing(column) }
        return values[index] == .null
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let index = columns.index(of: column) else { throw missing(column) }
        let value = values[index]
        // The types the repositories read, without going through Decodable.
        switch value {
        case .text(let text):
            if let result = text as? D { return result }
            if let result = Optional(text) as? D { return result }
        case .integer(let number):
            if let result = number as? D { return result }
            if let result = Int64(number) as? D { return result }
        case .null:
            if let result = Optional<String>.none as? D { return result }
        default: break
        }
        return try SQLiteDataDecoder().decode(D.self, from: value)
    }

    private func missing(_ column: String) -> any Error {
        DecodingError.keyNotFound(
            SQLiteColumnKey(stringValue: column), .init(codingPath: [], debugDescription: "no column \(column) in the row")
        )
    }
}

private struct SQLiteColumnKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// SQLKit's view of a `SQLiteHandle`: statements run on `threadPool` (SQLite calls block), rows come back to the caller.
struct SQLiteHandleDatabase: SQLDatabase {
    /// Which thread runs a statement given to `execute`.
    enum Placement: Sendable {
        /// Always the pool's.
        case pool
        /// The calling task's own thread when the connection is free, else the pool's: for the readers. A reader in
        /// WAL mode never waits for the writer, and with its statement prepared a page view's read is a few B-tree
        /// lookups in cached pages: less work than the two thread wake-ups of the hop to the pool and back.
        case onCallerWhenFree
        /// Always the calling task's thread: for the writer. Its one caller is the group-commit writer, whose
        /// transaction is a dozen statements: when each went to a thread of its own and came back to the shared
        /// pool, queueing behind request tasks both ways, a transaction took 10 ms of which 3 were work, and every
        /// submission in it waited. Run in place, the transaction is one stretch of work; what blocks is the
        /// COMMIT's fsync (a fraction of a millisecond), and checkpoints happen elsewhere (`WALCheckpointer`).
        case onCaller
    }

    let handle: SQLiteHandle
    let threadPool: NIOThreadPool
    let eventLoop: any EventLoop
    let logger: Logger
    var placement = Placement.pool
    let encoder = SQLiteDataEncoder()

    var dialect: any SQLDialect { SQLiteDialect() }
    var queryLogLevel: Logger.Level? { nil }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        let (sql, binds) = serialize(query)
        let values: [SQLiteData]
        do {
            values = try binds.map { try encoder.encode($0) }
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
        let handle = handle
        return threadPool.runIfActive(eventLoop: eventLoop) { try handle.query(sql, values) }.map { rows in
            for row in rows { onRow(row) }
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        let (sql, binds) = serialize(query)
        let values = try binds.map { try encoder.encode($0) }
        let handle = handle
        if placement == .onCaller {
            for row in try handle.query(sql, values) { onRow(row) }
            return
        }
        if placement == .onCallerWhenFree, let rows = try handle.queryIfFree(sql, values) {
            for row in rows { onRow(row) }
            return
        }
        let rows = try await threadPool.runIfActive { try handle.query(sql, values) }
        for row in rows { onRow(row) }
    }
}
