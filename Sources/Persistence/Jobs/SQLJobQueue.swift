import Domain
import Foundation
import SQLKit

/// The outbox as a job queue. Claiming is one statement: on PostgreSQL `FOR UPDATE SKIP LOCKED` lets any number of
/// servers claim side by side without taking each other's jobs; on SQLite the single writer already serialises it.
public struct SQLJobQueue: JobQueue {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func claim(limit: Int, topics: [String], lease: TimeInterval, now: Date) async throws -> [ClaimedJob] {
        let at = Clock.millis(now)
        let until = Clock.millis(now.addingTimeInterval(lease))
        let lock: SQLQueryString = database.engine == .postgresql ? " FOR UPDATE SKIP LOCKED" : ""
        let rows = try await database.write(returning: { db in
            try await db.raw("""
                UPDATE outbox SET status = 'running', claimed_until = \(bind: until), attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM outbox
                    WHERE topic IN (\(binds: topics))
                      AND ((status = 'pending' AND available_at <= \(bind: at)) OR (status = 'running' AND claimed_until < \(bind: at)))
                    ORDER BY id LIMIT \(bind: limit)\(lock))
                RETURNING id, topic, reference, payload, idempotency_key, attempts, available_at
                """).all()
        })
        return try rows.map { row in
            ClaimedJob(
                id: try row.int64("id"), topic: try row.string("topic"), reference: try row.string("reference"),
                payload: (try? JSONColumn.object(try row.string("payload"))) ?? [:],
                idempotencyKey: try row.string("idempotency_key"), attempts: try row.int("attempts"),
                availableAt: Clock.date(try row.int64("available_at"))
            )
        }.sorted { $0.id < $1.id }
    }

    /// A keyed update, so the completions of jobs finishing together share one statement in the group commit.
    /// (`claimed_until` is left as it was: only running jobs' leases are read.)
    public func complete(_ id: Int64, result: String, now: Date) async throws {
        try await database.write(rows: [], updates: [
            UpdateRow("outbox", set: ["status": BackgroundJobStatus.done.rawValue, "result": String(result.prefix(2000)), "completed_at": Clock.millis(now)],
                      where: ["id": id]),
        ])
    }

    public func fail(_ id: Int64, error: String, retryAt: Date?, now: Date) async throws {
        let status = retryAt == nil ? BackgroundJobStatus.dead : .pending
        let available = Clock.millis(retryAt ?? now)
        try await database.write { db in
            try await db.raw("""
                UPDATE outbox SET status = \(bind: status.rawValue), last_error = \(bind: String(error.prefix(2000))),
                    available_at = \(bind: available), claimed_until = NULL
                WHERE id = \(bind: id)
                """).run()
        }
    }

    public func jobs(status: BackgroundJobStatus?, topics: [String]?, limit: Int) async throws -> [JobSummary] {
        let rows = try await database.read { db in
            var query: SQLQueryString = "SELECT \(unsafeRaw: Self.summaryColumns) FROM outbox WHERE 1 = 1"
            if let status { query = "\(query) AND status = \(bind: status.rawValue)" }
            if let topics { query = "\(query) AND topic IN (\(binds: topics))" }
            return try await db.raw("\(query) ORDER BY id DESC LIMIT \(bind: limit)").all()
        }
        return try rows.map(Self.summary)
    }

    static let summaryColumns = "id, topic, reference, status, attempts, last_error, created_at, available_at, payload, result"

    static func summary(_ row: any SQLRow) throws -> JobSummary {
        var summary = JobSummary(
            id: try row.int64("id"), topic: try row.string("topic"), reference: try row.string("reference"),
            status: BackgroundJobStatus(rawValue: try row.string("status")) ?? .pending, attempts: try row.int("attempts"),
            lastError: try row.optionalString("last_error"), createdAt: Clock.date(try row.int64("created_at")),
            availableAt: Clock.date(try row.int64("available_at")),
            payload: (try? JSONColumn.object(try row.string("payload"))) ?? [:]
        )
        summary.result = try row.optionalString("result")
        return summary
    }

    public func counts() async throws -> [BackgroundJobStatus: Int] {
        let rows = try await database.read { db in try await db.raw("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status").all() }
        var counts: [BackgroundJobStatus: Int] = [:]
        for row in rows {
            if let status = BackgroundJobStatus(rawValue: try row.string("status")) { counts[status] = try row.int("n") }
        }
        return counts
    }

    public func retry(_ id: Int64, now: Date) async throws -> Bool {
        try await database.write(returning: { db in
            try await db.raw("""
                UPDATE outbox SET status = 'pending', available_at = \(bind: Clock.millis(now)), attempts = 0
                WHERE id = \(bind: id) AND status = 'dead' RETURNING id
                """).first() != nil
        })
    }

    public func discard(_ id: Int64) async throws -> Bool {
        try await database.write(returning: { db in
            try await db.raw("UPDATE outbox SET status = 'discarded' WHERE id = \(bind: id) AND status = 'dead' RETURNING id").first() != nil
        })
    }

    public func enqueue(_ jobs: [NewBackgroundJob], now: Date) async throws -> [String] {
        guard !jobs.isEmpty else { return [] }
        let created = Clock.millis(now)
        return try await database.write(returning: { db in
            var added: [String] = []
            for job in jobs {
                let available = Clock.millis(job.availableAt)
                // ON CONFLICT DO NOTHING: a key already queued (by this server earlier, or another server just now) is
                // skipped, not an error; RETURNING says whether this statement added it.
                let row = try await db.raw("""
                    INSERT INTO outbox (topic, reference, payload, idempotency_key, status, attempts, available_at, created_at)
                    VALUES (\(bind: job.topic), \(bind: job.reference), \(bind: JSONColumn.text(job.payload)), \(bind: job.idempotencyKey),
                            'pending', 0, \(bind: available), \(bind: created))
                    ON CONFLICT (idempotency_key) DO NOTHING RETURNING id
                    """).first()
                guard row != nil else { continue }
                added.append(job.idempotencyKey)
                if let timeline = job.timeline {
                    try await SQLDeliveryLog.addToTimeline(reference: job.reference, timeline.kind, timeline.detail, at: created, db)
                }
            }
            return added
        })
    }

    public func depth(now: Date) async throws -> [QueueDepth] {
        let at = Clock.millis(now)
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT topic, status, COUNT(*) AS n, MIN(CASE WHEN status = 'pending' AND available_at <= \(bind: at) THEN available_at END) AS oldest
                FROM outbox WHERE status IN ('pending', 'running', 'dead') GROUP BY topic, status
                """).all()
        }
        return try rows.compactMap { row in
            guard let status = BackgroundJobStatus(rawValue: try row.string("status")) else { return nil }
            let oldest = try row.decode(column: "oldest", as: Int64?.self)
            return QueueDepth(topic: try row.string("topic"), status: status, count: try row.int("n"),
                              oldestDueSeconds: oldest.map { Double(at - $0) / 1000 })
        }
    }

    public func latest(topics: [String], perTopic: Int) async throws -> [JobSummary] {
        var found: [JobSummary] = []
        for topic in topics {
            let rows = try await database.read { db in
                try await db.raw("SELECT \(unsafeRaw: Self.summaryColumns) FROM outbox WHERE topic = \(bind: topic) ORDER BY id DESC LIMIT \(bind: perTopic)").all()
            }
            found += try rows.map(Self.summary)
        }
        return found
    }
}
