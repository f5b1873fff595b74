import Foundation
import Synchronization

/// What this process's worker has done, for `/metrics`: jobs finished per topic and outcome, and how long they took
/// from due to finished (latency) and to run (duration). Updating is a lock and a few additions per job, so it costs
/// nothing next to the job itself.
public final class JobMetrics: Sendable {
    /// The buckets' upper bounds, in seconds: from a quick send to a job retried for an hour.
    public static let bounds: [Double] = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600]

    public struct Histogram: Sendable, Equatable {
        /// Observations at or below each bound (not cumulative here; the exposition adds them up).
        public var buckets = [Int](repeating: 0, count: JobMetrics.bounds.count)
        public var count = 0
        public var sum = 0.0

        mutating func observe(_ seconds: Double) {
            if let index = JobMetrics.bounds.firstIndex(where: { seconds <= $0 }) { buckets[index] += 1 }
            count += 1
            sum += seconds
        }
    }

    /// A job's topic and what became of this run: `done`, `retry` (failed, will be tried again) or `dead`.
    public struct Key: Sendable, Hashable, Comparable {
        public var topic: String
        public var outcome: String

        public static func < (lhs: Key, rhs: Key) -> Bool { (lhs.topic, lhs.outcome) < (rhs.topic, rhs.outcome) }
    }

    public struct Snapshot: Sendable, Equatable {
        public var latency: [Key: Histogram] = [:]
        public var duration: [Key: Histogram] = [:]
    }

    private let state = Mutex(Snapshot())

    public init() {}

    public func record(topic: String, outcome: String, latency: Double?, duration: Double) {
        let key = Key(topic: topic, outcome: outcome)
        state.withLock { snapshot in
            snapshot.duration[key, default: Histogram()].observe(duration)
            if let latency { snapshot.latency[key, default: Histogram()].observe(max(0, latency)) }
        }
    }

    public var snapshot: Snapshot { state.withLock { $0 } }
}
