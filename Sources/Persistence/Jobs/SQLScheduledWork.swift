import Domain
import Foundation
import SQLKit

/// The reads and writes of the scheduled jobs: tomorrow's appointments, cases near their targets, and retention.
public struct SQLScheduledWork: ScheduledWorkRepository {
    private let database: Database
    /// Rows deleted per statement: each batch is its own short write, so submissions never wait behind a purge.
    let batchSize: Int

    public init(database: Database, batchSize: Int = 2000) {
        self.database = database
        self.batchSize = batchSize
    }

    public func appointments(on day: CalendarDay) async throws -> [AppointmentDue] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT v.*, s.contact_email, s.contact_phone, s.language
                FROM visits v JOIN submissions s ON s.reference = v.case_reference
                WHERE v.day = \(bind: day.dayNumber) AND v.status = \(bind: VisitStatus.scheduled.rawValue) ORDER BY v.id
                """).all()
        }
        return try rows.map { row in
            AppointmentDue(visit: try SQLVisitRepository.visit(row), email: try row.optionalString("contact_email"),
                           phone: try row.optionalString("contact_phone"), language: Language(rawValue: try row.string("language")) ?? .en)
        }
    }

    public func casesNearTarget(dueBy day: CalendarDay, limit: Int) async throws -> [CaseNearTarget] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT reference, service_slug, assignee_id, due_day FROM cases
                WHERE target_met_at IS NULL AND due_day IS NOT NULL AND due_day <= \(bind: day.dayNumber)
                ORDER BY due_day, id LIMIT \(bind: limit)
                """).all()
        }
        return try rows.map { row in
            CaseNearTarget(reference: try row.string("reference"), serviceSlug: try row.string("service_slug"),
                           assigneeID: try row.decode(column: "assignee_id", as: Int64?.self), dueDay: CalendarDay(dayNumber: try row.int("due_day")))
        }
    }

    public func noteTargetWarnings(_ warnings: [(CaseNearTarget, TargetWarningLevel)], at: Date) async throws -> [CaseNearTarget] {
        guard !warnings.isEmpty else { return [] }
        let millis = Clock.millis(at)
        return try await database.write(returning: { db in
            var noted: [CaseNearTarget] = []
            for (item, level) in warnings {
                // The detail is compared as written (JSONText writes keys sorted), so one case gets each warning once.
                let detail = JSONColumn.text(["level": .string(level.rawValue), "due": .string(item.dueDay.iso)])
                let row = try await db.raw("""
                    INSERT INTO case_events (case_reference, kind, detail, actor, created_at)
                    SELECT \(bind: item.reference), \(bind: CaseEventKind.targetWarning.rawValue), \(bind: detail), NULL, \(bind: millis)
                    WHERE NOT EXISTS (SELECT 1 FROM case_events WHERE case_reference = \(bind: item.reference)
                                      AND kind = \(bind: CaseEventKind.targetWarning.rawValue) AND detail = \(bind: detail))
                    RETURNING id
                    """).first()
                if row != nil { noted.append(item) }
            }
            return noted
        })
    }

    public func purge(_ scope: RetentionScope, _ policy: RetentionPolicy, now: Date) async throws -> [(String, Int)] {
        let at = Clock.millis(now)
        let day: Int64 = 24 * 3600 * 1000
        let days = { (count: Int) in at - Int64(count) * day }
        var deleted: [(String, Int)] = []
        guard scope == .expiredCredentials else { return try await purgeOld(policy, days: days) }
        for (kind, limits) in policy.sessionLimits.sorted(by: { $0.key < $1.key }) {
            let idle = at - Int64(limits.idle * 1000)
            let absolute = at - Int64(limits.absolute * 1000)
            deleted.append(("\(kind) sign-in sessions", try await batches("""
                DELETE FROM auth_sessions WHERE id_hash IN (SELECT id_hash FROM auth_sessions WHERE kind = \(bind: kind)
                    AND (last_seen_at < \(bind: idle) OR created_at < \(bind: absolute)) LIMIT \(bind: batchSize)) RETURNING id_hash
                """)))
        }
        // A day's grace, so a link used or expired a moment ago still says so rather than "not found".
        deleted.append(("one-time links", try await batches("""
            DELETE FROM one_time_links WHERE token_hash IN (SELECT token_hash FROM one_time_links
                WHERE expires_at < \(bind: days(1)) OR used_at < \(bind: days(1)) LIMIT \(bind: batchSize)) RETURNING token_hash
            """)))
        deleted.append(("sign-in failure counts", try await batches("""
            DELETE FROM sign_in_failures WHERE failed_at < \(bind: days(1)) RETURNING key
            """)))
        deleted.append(("unfinished provider sign-ins", try await batches("""
            DELETE FROM oidc_pending WHERE created_at < \(bind: days(1)) RETURNING state_hash
            """)))
        deleted.append(("expired API idempotency keys", try await batches("""
            DELETE FROM api_idempotency_keys WHERE (client_id, idem_key) IN (SELECT client_id, idem_key FROM api_idempotency_keys
                WHERE expires_at <= \(bind: at) LIMIT \(bind: batchSize)) RETURNING client_id
            """)))
        return deleted
    }

    private func purgeOld(_ policy: RetentionPolicy, days: (Int) -> Int64) async throws -> [(String, Int)] {
        var deleted: [(String, Int)] = []
        deleted.append(("journeys", try await batches("""
            DELETE FROM journeys WHERE (session_hash, slug) IN (SELECT session_hash, slug FROM journeys
                WHERE updated_at < \(bind: days(policy.journeyDays)) AND (citizen_id IS NULL OR submitted_reference IS NOT NULL)
                LIMIT \(bind: batchSize)) RETURNING slug
            """)))
        // Files uploaded to forms that were never sent, once no journey of that browser is left to use them.
        deleted.append(("unsent uploads", try await batches("""
            DELETE FROM uploads WHERE id IN (SELECT u.id FROM uploads u WHERE u.submission_reference IS NULL
                AND u.created_at < \(bind: days(policy.journeyDays))
                AND NOT EXISTS (SELECT 1 FROM journeys j WHERE j.session_hash = u.session_hash) LIMIT \(bind: batchSize)) RETURNING id
            """)))
        deleted.append(("browser sessions", try await batches("""
            DELETE FROM web_sessions WHERE id_hash IN (SELECT w.id_hash FROM web_sessions w WHERE w.created_at < \(bind: days(policy.journeyDays))
                AND NOT EXISTS (SELECT 1 FROM journeys j WHERE j.session_hash = w.id_hash) LIMIT \(bind: batchSize)) RETURNING id_hash
            """)))
        // Dead jobs stay until an administrator retries or discards them.
        deleted.append(("finished background jobs", try await batches("""
            DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE status IN ('done', 'discarded')
                AND available_at < \(bind: days(policy.finishedJobsDays)) LIMIT \(bind: batchSize)) RETURNING id
            """)))
        deleted.append(("webhook delivery logs", try await batches("""
            DELETE FROM webhook_deliveries WHERE id IN (SELECT id FROM webhook_deliveries WHERE at < \(bind: days(policy.deliveryLogDays))
                LIMIT \(bind: batchSize)) RETURNING id
            """)))
        deleted.append(("Notify delivery records", try await batches("""
            DELETE FROM notify_messages WHERE notification_id IN (SELECT notification_id FROM notify_messages
                WHERE sent_at < \(bind: days(policy.deliveryLogDays)) LIMIT \(bind: batchSize)) RETURNING notification_id
            """)))
        return deleted
    }

    /// Runs a `DELETE … RETURNING` until it deletes less than a batch; the total deleted.
    private func batches(_ statement: SQLQueryString) async throws -> Int {
        var total = 0
        while true {
            let count = try await database.write(returning: { db in try await db.raw(statement).all().count })
            total += count
            if count < batchSize { return total }
        }
    }
}
