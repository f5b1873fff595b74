import Logging
import NIOPosix

/// Copies the SQLite write-ahead log back into the database file from a connection and thread of its own.
///
/// Left to SQLite, the writer checkpoints inside the commit that crosses the threshold: copying megabytes of pages
/// and fsyncing the database file while every submission in the next batch waits. A PASSIVE checkpoint here never
/// blocks the writer or a reader; it copies what no reader still needs, and the writer starts the log again from the
/// beginning once all of it has been copied. The writer keeps a much higher automatic threshold as a backstop, for
/// when this falls behind.
///
/// While the log is growing it is checked every 20 ms. Small, frequent checkpoints matter: each one fsyncs the
/// database file, and a commit's fsync of the log queues behind it at the disk, so at 200 ms (a few megabytes per
/// checkpoint) form submissions' p99 was 55–59 ms, at 50 ms 45–47 ms and at 20 ms 40–43 ms. When nothing has been
/// written the wait doubles, up to a quarter of a second: an idle server wakes four times a second for a few
/// microseconds, and the first checkpoint of a sudden burst is never more than 250 ms of log.
final class WALCheckpointer: Sendable {
    private let handle: SQLiteHandle
    private let thread: NIOThreadPool
    private let loop: Task<Void, Never>

    static let busyInterval: Duration = .milliseconds(20)
    static let idleInterval: Duration = .milliseconds(250)

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
            var interval = Self.busyInterval
            var last = Progress(logFrames: 0, copiedFrames: 0)
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }
                do {
                    let now = try await Self.checkpoint(handle, on: thread)
                    interval = now == last ? min(interval * 2, Self.idleInterval) : Self.busyInterval
                    last = now
                } catch {
                    logger.warning("WAL checkpoint failed", metadata: ["error": "\(error)"])
                    interval = Self.idleInterval
                }
            }
        }
    }

    /// Frames in the log, and how many of them are in the database file.
    struct Progress: Equatable {
        var logFrames: Int
        var copiedFrames: Int
    }

    /// Runs one checkpoint now; for tests.
    func checkpoint() async throws -> Progress {
        try await Self.checkpoint(handle, on: thread)
    }

    private static func checkpoint(_ handle: SQLiteHandle, on thread: NIOThreadPool) async throws -> Progress {
        // One row: busy (0 or 1), frames in the log, frames copied.
        let rows = try await thread.runIfActive { try handle.query("PRAGMA wal_checkpoint(PASSIVE)", []) }
        guard let row = rows.first, row.values.count == 3, case .integer(let log) = row.values[1], case .integer(let copied) = row.values[2] else {
            return Progress(logFrames: 0, copiedFrames: 0)
        }
        return Progress(logFrames: log, copiedFrames: copied)
    }

    func close() async {
        loop.cancel()
        _ = await loop.value
        let handle = handle
        try? await thread.runIfActive { handle.close() }
        try? await thread.shutdownGracefully()
    }
}
