import Domain
import Foundation
import Logging
import ServiceLifecycle

/// Runs one kind of job (a topic); throws `JobFailure` to say whether a retry could help.
public protocol JobHandler: Sendable {
    func run(_ job: ClaimedJob) async throws(JobFailure) -> String
    /// Told when the job has been parked as dead (refused for good, or out of attempts), to tell someone.
    func parked(_ job: ClaimedJob, reason: String) async
}

extension JobHandler {
    public func parked(_ job: ClaimedJob, reason: String) async {}
}

/// Claims due jobs and runs them, as a lifecycle service in every server (or a separate worker process). Every job
/// runs at least once; handlers make repeats harmless with the job's idempotency key. A worker that dies mid-job
/// leaves it to be claimed again when its lease ends.
public struct JobWorker: Service {
    let queue: any JobQueue
    let handlers: [String: any JobHandler]
    let policy: RetryPolicy
    let batchSize: Int
    /// Jobs run at once: most wait on another service (Notify, a webhook receiver), not on this machine.
    let concurrency: Int
    let lease: TimeInterval
    let idleDelay: Duration
    let logger: Logger
    let now: @Sendable () -> Date
    let metrics: JobMetrics?

    public init(
        queue: any JobQueue, handlers: [String: any JobHandler], policy: RetryPolicy = RetryPolicy(), batchSize: Int = 100,
        concurrency: Int = 32, lease: TimeInterval = 120, idleDelay: Duration = .milliseconds(250), logger: Logger,
        metrics: JobMetrics? = nil, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.queue = queue
        self.handlers = handlers
        self.policy = policy
        self.batchSize = batchSize
        self.concurrency = max(1, concurrency)
        self.metrics = metrics
        self.lease = lease
        self.idleDelay = idleDelay
        self.logger = logger
        self.now = now
    }

    /// Works through the queue until shutdown, at background priority: on Linux the threads running background tasks
    /// are niced, so when the server is saturated the kernel runs citizens' and officers' requests first and the
    /// queue catches up afterwards (a notification a few seconds later, not a slower page). On an idle or lightly
    /// loaded server the worker has all the CPU it wants. Queue depth and the oldest job's age are in `/metrics`.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask(priority: .background) { await self.loop() }
            }
        }
    }

    private func loop() async {
        while !Task.isCancelled {
            let ran: Int
            do {
                ran = try await runOnce()
            } catch {
                logger.error("job queue unavailable", metadata: ["error": "\(error)"])
                ran = 0
            }
            if ran == 0 { try? await Task.sleep(for: idleDelay) }
        }
    }

    /// Claims one batch and runs it, a few jobs at a time; returns how many ran. Tests call it directly.
    @discardableResult
    public func runOnce() async throws -> Int {
        let jobs = try await queue.claim(limit: batchSize, topics: Array(handlers.keys), lease: lease, now: now())
        await withTaskGroup(of: Void.self) { group in
            var running = 0
            for job in jobs {
                if running == concurrency {
                    await group.next()
                    running -= 1
                }
                group.addTask { await self.run(job) }
                running += 1
            }
        }
        return jobs.count
    }

    private func run(_ job: ClaimedJob) async {
        guard let handler = handlers[job.topic] else { return }
        let started = ContinuousClock.now
        let outcome: Result<String, JobFailure>
        do {
            outcome = .success(try await handler.run(job))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .success(let result):
            do {
                try await queue.complete(job.id, result: result, now: now())
            } catch {
                // The lease runs out and the job is run again; its idempotency key keeps that harmless.
                logger.error("could not record a finished job", metadata: ["job": "\(job.id)", "error": "\(error)"])
            }
            measure(job, outcome: "done", since: started)
        case .failure(let error):
            let retryAt = policy.nextAttempt(after: job.attempts, failure: error, now: now())
            logger.warning("job failed", metadata: [
                "job": "\(job.id)", "topic": "\(job.topic)", "attempt": "\(job.attempts)", "error": "\(error.message)",
                "next": "\(retryAt.map { "\($0)" } ?? "dead")",
            ])
            try? await queue.fail(job.id, error: error.message, retryAt: retryAt, now: now())
            measure(job, outcome: retryAt == nil ? "dead" : "retry", since: started)
            if retryAt == nil { await handler.parked(job, reason: error.message) }
        }
    }

    private func measure(_ job: ClaimedJob, outcome: String, since started: ContinuousClock.Instant) {
        guard let metrics else { return }
        let duration = ContinuousClock.now - started
        metrics.record(topic: job.topic, outcome: outcome, latency: job.availableAt.map { now().timeIntervalSince($0) },
                       duration: Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
