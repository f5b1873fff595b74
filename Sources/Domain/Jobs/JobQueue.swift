import Foundation

/// A unit of background work: a row of the outbox, written in the same transaction as the change that caused it.
public struct ClaimedJob: Sendable, Equatable {
    public var id: Int64
    public var topic: String
    public var reference: String
    public var payload: [String: JSONValue]
    /// Unique per job: handlers pass it to the service they call so that a retry is never acted on twice.
    public var idempotencyKey: String
    /// How many times it has been claimed, counting this one.
    public var attempts: Int
    /// When it became due: its latency (due to done) is measured from here.
    public var availableAt: Date?

    public init(id: Int64, topic: String, reference: String, payload: [String: JSONValue], idempotencyKey: String, attempts: Int, availableAt: Date? = nil) {
        self.id = id
        self.topic = topic
        self.reference = reference
        self.payload = payload
        self.idempotencyKey = idempotencyKey
        self.attempts = attempts
        self.availableAt = availableAt
    }
}

public enum BackgroundJobStatus: String, Sendable, CaseIterable {
    /// Waiting to be claimed (`available_at` may be in the future after a failure).
    case pending
    case running
    case done
    /// Failed too often, or in a way retrying cannot fix; an administrator can retry or discard it.
    case dead
    case discarded
}

/// What a job handler reports.
public enum JobFailure: Error, Equatable {
    /// Worth trying again later (a timeout, a 429 or 5xx from the service called).
    case temporary(String)
    /// Retrying will not help (bad address, refused credentials, validation error).
    case permanent(String)

    public var message: String {
        switch self {
        case .temporary(let message), .permanent(let message): message
        }
    }
}

/// Exponential backoff with full jitter, up to a number of attempts.
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval

    public init(maxAttempts: Int = 8, baseDelay: TimeInterval = 5, maxDelay: TimeInterval = 3600) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// When to try again after the `attempts`-th attempt failed; nil when it should be parked as dead.
    public func nextAttempt(after attempts: Int, failure: JobFailure, now: Date, random: Double = Double.random(in: 0...1)) -> Date? {
        guard case .temporary = failure, attempts < maxAttempts else { return nil }
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempts - 1)))
        // Full jitter spreads retries from many servers so they do not hit the service called in step.
        return now.addingTimeInterval(max(1, ceiling * random))
    }
}

/// A job as the administrator's page lists it.
public struct JobSummary: Sendable, Equatable {
    public var id: Int64
    public var topic: String
    public var reference: String
    public var status: BackgroundJobStatus
    public var attempts: Int
    public var lastError: String?
    public var createdAt: Date
    public var availableAt: Date
    public var payload: [String: JSONValue]
    /// What the handler reported when it finished.
    public var result: String? = nil

    public init(id: Int64, topic: String, reference: String, status: BackgroundJobStatus, attempts: Int, lastError: String?, createdAt: Date, availableAt: Date, payload: [String: JSONValue]) {
        self.id = id
        self.topic = topic
        self.reference = reference
        self.status = status
        self.attempts = attempts
        self.lastError = lastError
        self.createdAt = createdAt
        self.availableAt = availableAt
        self.payload = payload
    }
}

/// A job to add to the queue outside a change's own transaction (scheduled work, reminders, digests).
public struct NewBackgroundJob: Sendable, Equatable {
    public var topic: String
    public var reference: String
    public var payload: [String: JSONValue]
    /// Unique: a job whose key is already in the queue is not added again, which is how work planned by several
    /// servers at once is queued once.
    public var idempotencyKey: String
    public var availableAt: Date
    /// A line for the case's timeline (kind and detail), written with the job and only if the job is new.
    public var timeline: (kind: CaseEventKind, detail: [String: JSONValue])?

    public init(topic: String, reference: String, payload: [String: JSONValue], idempotencyKey: String, availableAt: Date,
                timeline: (kind: CaseEventKind, detail: [String: JSONValue])? = nil) {
        self.topic = topic
        self.reference = reference
        self.payload = payload
        self.idempotencyKey = idempotencyKey
        self.availableAt = availableAt
        self.timeline = timeline
    }

    public static func == (lhs: NewBackgroundJob, rhs: NewBackgroundJob) -> Bool {
        lhs.topic == rhs.topic && lhs.reference == rhs.reference && lhs.payload == rhs.payload && lhs.idempotencyKey == rhs.idempotencyKey
            && lhs.availableAt == rhs.availableAt && lhs.timeline?.kind == rhs.timeline?.kind && lhs.timeline?.detail == rhs.timeline?.detail
    }
}

/// Jobs waiting or stuck, by topic and status, for the metrics page.
public struct QueueDepth: Sendable, Equatable {
    public var topic: String
    public var status: BackgroundJobStatus
    public var count: Int
    /// Seconds the oldest due job has waited (pending only).
    public var oldestDueSeconds: Double?

    public init(topic: String, status: BackgroundJobStatus, count: Int, oldestDueSeconds: Double? = nil) {
        self.topic = topic
        self.status = status
        self.count = count
        self.oldestDueSeconds = oldestDueSeconds
    }
}

public protocol JobQueue: Sendable {
    /// Claims up to `limit` due jobs for `lease`; a job whose worker died is claimable again once its lease ends.
    func claim(limit: Int, topics: [String], lease: TimeInterval, now: Date) async throws -> [ClaimedJob]
    func complete(_ id: Int64, result: String, now: Date) async throws
    /// Records a failure: back to pending at `retryAt`, or dead when nil.
    func fail(_ id: Int64, error: String, retryAt: Date?, now: Date) async throws
    func jobs(status: BackgroundJobStatus?, topics: [String]?, limit: Int) async throws -> [JobSummary]
    func counts() async throws -> [BackgroundJobStatus: Int]
    /// Puts a dead job back in the queue; false if it is not dead.
    func retry(_ id: Int64, now: Date) async throws -> Bool
    func discard(_ id: Int64) async throws -> Bool
    /// Adds the jobs whose idempotency keys are not in the queue yet; returns the keys added.
    @discardableResult
    func enqueue(_ jobs: [NewBackgroundJob], now: Date) async throws -> [String]
    /// Pending (due and not yet due), running and dead jobs per topic; done and discarded ones are not counted.
    func depth(now: Date) async throws -> [QueueDepth]
    /// The newest jobs of each topic, for the scheduled work's last runs.
    func latest(topics: [String], perTopic: Int) async throws -> [JobSummary]
}
