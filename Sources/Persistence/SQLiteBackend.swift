import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLiteKit
import SQLKit
import Synchronization

/// SQLite in WAL mode: one connection writes, a few read alongside it, and one copies the log back into the database.
///
/// `synchronous=FULL` makes every commit durable before it returns, which the group-commit writer amortises.
/// Connections are `SQLiteHandle`s (SQLite's C API with prepared statements kept). The writer's statements run on
/// the group-commit writer's own task, one after another (see `SQLiteHandleDatabase.Placement`); readers run on the
/// requesting task's thread when free, else on a pool of their own; checkpoints run on a thread of their own
/// (`WALCheckpointer`). A WAL reader does not wait for the writer; only rare cases (recovering the WAL index after a
/// crash) make it wait, up to busy_timeout.
final class SQLiteBackend: DatabaseBackend {
    let engine = DatabaseEngine.sqlite
    private let writer: SQLiteHandleDatabase
    private let readers: [SQLiteHandleDatabase]
    private let writerThreads: NIOThreadPool
    private let readerThreads: NIOThreadPool
    private let nextReader = Atomic<Int>(0)
    let checkpointer: WALCheckpointer

    private init(
        writer: SQLiteHandleDatabase, readers: [SQLiteHandleDatabase], writerThreads: NIOThreadPool, readerThreads: NIOThreadPool,
        checkpointer: WALCheckpointer
    ) {
        self.writer = writer
        self.readers = readers
        self.writerThreads = writerThreads
        self.readerThreads = readerThreads
        self.checkpointer = checkpointer
    }

    static let writerPragmas = [
        "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON",
        // The checkpointer copies the log back; the writer does so itself only if the log reaches ~80 MB.
        "PRAGMA wal_autocheckpoint=20000", "PRAGMA cache_size=-32000",
        // Statement journals (kept for each multi-row INSERT, for foreign keys and UNIQUE) stay in memory
        // instead of spilling to a temporary file past 64 KB; they are never needed after a crash.
        "PRAGMA temp_store=MEMORY",
    ]

    static func open(path: String, logger: Logger, readerCount: Int = 4) async throws -> SQLiteBackend {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        // The writer's connection is opened (and its pragmas set) on a thread of its own.
        let writerThreads = NIOThreadPool(numberOfThreads: 1)
        writerThreads.start()
        let readerThreads = NIOThreadPool(numberOfThreads: readerCount)
        readerThreads.start()
        func connect(_ threads: NIOThreadPool, _ pragmas: [String], runs placement: SQLiteHandleDatabase.Placement) async throws -> SQLiteHandleDatabase {
            let handle = try await threads.runIfActive { try SQLiteHandle.open(path: path) }
            var database = SQLiteHandleDatabase(
                handle: handle, threadPool: threads, eventLoop: MultiThreadedEventLoopGroup.singleton.any(), logger: logger
            )
            for pragma in pragmas {
                try await database.raw(SQLQueryString(pragma)).run()
            }
            database.placement = placement
            return database
        }
        let writer = try await connect(writerThreads, writerPragmas, runs: .onCaller)
        var readers: [SQLiteHandleDatabase] = []
        for _ in 0..<readerCount {
            // A reader's default page cache is 2 MB; back-office lists and searches over a million cases touch far more.
            // Not memory-mapped: a mapped reader unmaps the whole file whenever another connection has committed, and
            // under a stream of submissions the unmapping and the page faults after it were 8% of the server's CPU.
            let pragmas = ["PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32000"]
            readers.append(try await connect(readerThreads, pragmas, runs: .onCallerWhenFree))
        }
        let checkpointer = try await WALCheckpointer(path: path, logger: logger)
        return SQLiteBackend(writer: writer, readers: readers, writerThreads: writerThreads, readerThreads: readerThreads, checkpointer: checkpointer)
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        // Each handle serialises its own use, so sharing one between requests is safe.
        let index = nextReader.wrappingAdd(1, ordering: .relaxed).oldValue
        return try await body(readers[index % readers.count])
    }

    /// After a failure that leaves the writer's connection unsound (see `SQLiteHandle.needsReopening`), the connection
    /// is opened again before the error goes back, so writes work again as soon as the fault is fixed, without a restart.
    func withWriter<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await body(writer)
        } catch {
            if writer.handle.needsReopening(after: error) { await reopenWriter(after: error) }
            throw error
        }
    }

    private func reopenWriter(after error: any Error) async {
        do {
            try writer.handle.reopen()
            for pragma in Self.writerPragmas { try await writer.raw(SQLQueryString(pragma)).run() }
            writer.logger.warning("reopened the SQLite writer's connection after a failed write", metadata: ["error": "\(error)"])
        } catch {
            // Tried again after the next failed write.
            writer.logger.error("could not reopen the SQLite writer's connection", metadata: ["error": "\(error)"])
        }
    }

    /// The reading connections, for tests.
    var readerHandles: [SQLiteHandle] { readers.map(\.handle) }

    func close() async {
        await checkpointer.close()
        for reader in readers { try? await readerThreads.runIfActive { reader.handle.close() } }
        try? await writerThreads.runIfActive { self.writer.handle.close() }
        try? await writerThreads.shutdownGracefully()
        try? await readerThreads.shutdownGracefully()
    }
}
