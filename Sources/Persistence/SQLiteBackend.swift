import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLiteKit
import SQLKit
import Synchronization

/// SQLite in WAL mode: one connection (and thread) writes, a few read alongside it.
///
/// `synchronous=FULL` makes every commit durable before it returns, which the group-commit writer amortises.
/// Connections are `SQLiteHandle`s (SQLite's C API with prepared statements kept). The writer runs on a thread of
/// its own; readers run on the requesting task's thread when free (see `SQLiteHandleDatabase.runsInline`), else on
/// a pool of their own. A WAL reader does not wait for the writer; only rare cases (recovering the WAL index after a
/// crash) make it wait, up to busy_timeout.
final class SQLiteBackend: DatabaseBackend {
    let engine = DatabaseEngine.sqlite
    private let writer: SQLiteHandleDatabase
    private let readers: [SQLiteHandleDatabase]
    private let writerThreads: NIOThreadPool
    private let readerThreads: NIOThreadPool
    private let nextReader = Atomic<Int>(0)

    private init(writer: SQLiteHandleDatabase, readers: [SQLiteHandleDatabase], writerThreads: NIOThreadPool, readerThreads: NIOThreadPool) {
        self.writer = writer
        self.readers = readers
        self.writerThreads = writerThreads
        self.readerThreads = readerThreads
    }

    static func open(path: String, logger: Logger, readerCount: Int = 4) async throws -> SQLiteBackend {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        // The writer gets a thread of its own so an fsync never holds up reads.
        let writerThreads = NIOThreadPool(numberOfThreads: 1)
        writerThreads.start()
        let readerThreads = NIOThreadPool(numberOfThreads: readerCount)
        readerThreads.start()
        func connect(_ threads: NIOThreadPool, _ pragmas: [String], runsInline: Bool = false) async throws -> SQLiteHandleDatabase {
            let handle = try await threads.runIfActive { try SQLiteHandle.open(path: path) }
            var database = SQLiteHandleDatabase(
                handle: handle, threadPool: threads, eventLoop: MultiThreadedEventLoopGroup.singleton.any(), logger: logger
            )
            for pragma in pragmas {
                try await database.raw(SQLQueryString(pragma)).run()
            }
            database.runsInline = runsInline
            return database
        }
        let writer = try await connect(writerThreads, [
            "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON",
            // Checkpoint every ~16 MB of WAL rather than 4 MB: fewer pauses in the writer, same durability.
            "PRAGMA wal_autocheckpoint=4000", "PRAGMA cache_size=-32000",
            // Statement journals (kept for each multi-row INSERT, for foreign keys and UNIQUE) stay in memory
            // instead of spilling to a temporary file past 64 KB; they are never needed after a crash.
            "PRAGMA temp_store=MEMORY",
        ])
        var readers: [SQLiteHandleDatabase] = []
        for _ in 0..<readerCount {
            // A reader's default page cache is 2 MB; back-office lists and searches over a million cases touch far more.
            // With 32 MB each and the file mapped (reads straight from the OS page cache, no copy), a case search went
            // from 14 ms to 2.5 ms. Writes never go through the mapping.
            let pragmas = ["PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32000", "PRAGMA mmap_size=1073741824"]
            readers.append(try await connect(readerThreads, pragmas, runsInline: true))
        }
        return SQLiteBackend(writer: writer, readers: readers, writerThreads: writerThreads, readerThreads: readerThreads)
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        // Each handle serialises its own use, so sharing one between requests is safe.
        let index = nextReader.wrappingAdd(1, ordering: .relaxed).oldValue
        return try await body(readers[index % readers.count])
    }

    func withWriter<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await body(writer)
    }

    /// The reading connections, for tests.
    var readerHandles: [SQLiteHandle] { readers.map(\.handle) }

    func close() async {
        for reader in readers { try? await readerThreads.runIfActive { reader.handle.close() } }
        try? await writerThreads.runIfActive { self.writer.handle.close() }
        try? await writerThreads.shutdownGracefully()
        try? await readerThreads.shutdownGracefully()
    }
}
