import Domain
import Foundation
import Logging
import ServiceLifecycle

/// Queues each scheduled task's job once per period. Every server with a worker runs one; they agree through the
/// queue's unique idempotency keys (`schedule:TOPIC:PERIOD`), so a period's job is queued once however many try,
/// and then claimed by one worker like any other job.
public struct JobScheduler: Service {
    let queue: any JobQueue
    let tasks: [ScheduledTask]
    let tick: Duration
    let logger: Logger
    let now: @Sendable () -> Date

    public init(queue: any JobQueue, tasks: [ScheduledTask], tick: Duration = .seconds(30), logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.queue = queue
        self.tasks = tasks
        self.tick = tick
        self.logger = logger
        self.now = now
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            var queued: [String: String] = [:]
            while !Task.isCancelled {
                do {
                    queued = try await tickOnce(alreadyQueued: queued)
                } catch {
                    logger.error("could not queue scheduled work", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: tick)
            }
        }
    }

    /// Queues the due period of each task not already queued by this scheduler (`alreadyQueued`: topic → period,
    /// which saves a write per task per tick); returns the updated map. Tests call it directly.
    @discardableResult
    public func tickOnce(alreadyQueued: [String: String] = [:]) async throws -> [String: String] {
        let at = now()
        var queued = alreadyQueued
        var jobs: [NewBackgroundJob] = []
        for task in tasks {
            guard let period = task.duePeriod(at: at), queued[task.topic] != period else { continue }
            jobs.append(NewBackgroundJob(topic: task.topic, reference: period, payload: ["period": .string(period)],
                                         idempotencyKey: task.jobKey(period: period), availableAt: at))
            queued[task.topic] = period
        }
        let added = try await queue.enqueue(jobs, now: at)
        for key in added { logger.info("scheduled work queued", metadata: ["job": "\(key)"]) }
        return queued
    }
}
