import Logging
import NIOPosix

/// Copies the SQLite write-ahead log back into the database file from a connection and thread of its own.
///
/// Left to SQLite, the writer checkpoints inside the commit that crosses the threshold: copying megabytes of pages
/// and fsyncing the database file while every submission in the next batch waits. A PASSIVE checkpoint here never
/// blocks the writer or a reader; it copies what no reader still needs, and the writer starts the log again from the
/// beginning once all of it has been copied. The writer keeps a much higher automatic threshold as a backstop, for
/// when this falls behind.
final class WALCheckpointer: Sendable {
    private let handle: SQLiteHandle
    private let thread: NIOThreadPool
    private let loop: Task<Void, Never>

    /// How often the log is checked. A check with nothing to copy costs a few microseconds.
    static let interval: Duration = .milliseconds(200)

    init(path: String, logger: Logger) async throws {
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        let handle = try await thread.runIfActive { () throws -> SQLiteHandle in
            let handle = try SQLiteHandle.open(path: path)
            _ = try handle.query("PRAGMA busy_timeout=10000", [])
            return handle
        }
        self.handle = handle
        self.thread = thread
        self.loop = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.interval)
                if Task.isCancelled { break }
                do {
                    _ = try await thread.runIfActive { try handle.query("PRAGMA wal_checkpoint(PASSIVE)", []) }
                } catch {
                    logger.warning("WAL checkpoint failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    /// Runs one checkpoint now and returns (frames in the log, frames copied to the database); for tests.
    func checkpoint() async throws -> (logFrames: Int, copiedFrames: Int) {
        let handle = handle
        let rows = try await thread.runIfActive { try handle.query("PRAGMA wal_checkpoint(PASSIVE)", []) }
        guard let row = rows.first, row.values.count == 3, case .integer(let log) = row.values[1], case .integer(let copied) = row.values[2] else {
            return (0, 0)
        }
        return (log, copied)
    }

    func close() async {
        loop.cancel()
        _ = await loop.value
        let handle = handle
        try? await thread.runIfActive { handle.close() }
        try? await thread.shutdownGracefully()
    }
}
