import Domain
import Logging
import ServiceLifecycle
import Synchronization

/// Counts measures in memory and adds them to the store in one batch every `interval` (2 s) and when the server stops.
///
/// Recording is a dictionary update under a lock: no suspension, no storage call, nothing to throw, so a counter
/// costs a request next to nothing and cannot fail it. A flush that fails puts its counts back to be added with the
/// next one, and logs once until a flush succeeds again. What a crash loses is what was counted since the last flush
/// (at most `interval`); submissions and cases are written by their own transactions and are never affected.
public final class MeasureRecorder: MeasureRecording, Service {
    private let pending = Mutex<[MeasureKey: Int]>([:])
    /// Whether the last flush failed: the next failure is not logged again, the next success says it recovered.
    private let failing = Mutex(false)
    private let store: any MeasureStore
    private let interval: Duration
    private let logger: Logger

    public init(store: any MeasureStore, interval: Duration = .seconds(2), logger: Logger) {
        self.store = store
        self.interval = interval
        self.logger = logger
    }

    public func record(_ key: MeasureKey, count: Int) {
        pending.withLock { $0[key, default: 0] += count }
    }

    /// Adds everything counted so far to the store; on failure keeps it for the next flush. Returns whether it was
    /// stored. Tests call it to see counts at once.
    @discardableResult
    public func flush() async -> Bool {
        let batch = pending.withLock { counts in
            defer { counts = [:] }
            return counts
        }
        guard !batch.isEmpty else { return true }
        do {
            try await store.add(batch)
            if failing.withLock({ was in defer { was = false }; return was }) {
                logger.notice("measure counts are being stored again")
            }
            return true
        } catch {
            pending.withLock { counts in counts.merge(batch, uniquingKeysWith: +) }
            if !failing.withLock({ was in defer { was = true }; return was }) {
                logger.error("measure counts could not be stored; keeping them to try again",
                             metadata: ["counters": "\(batch.count)", "error": "\(error)"])
            }
            return false
        }
    }

    /// Counts waiting for the next flush.
    public var pendingCount: Int { pending.withLock { $0.count } }

    /// Flushes every `interval` until graceful shutdown, then once more: the service group stops the server before
    /// this (see `buildApplication`), so the last requests' counts are in that final flush.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: self.interval) } catch { break }
                await self.flush()
            }
        }
        await flush()
    }
}
