import Domain
import Foundation
import SQLKit

public struct SQLJobRepository: JobRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    static let columns = """
        id, case_reference, service_slug, kind, day, slot, area, assignee_id, crew, status, outcome, reason, notes,
        photo_upload_id, completed_at, completed_by
        """

    public func usage(service: String, area: String, days: ClosedRange<Int>) async throws -> [DayUsage] {
        try await database.read { db in try await JobPlaces.usage(service: service, area: area, days: days, db) }
    }

    public func schedule(_ job: NewJob, actor: Actor, at: Date) async throws -> Int64 {
        try await database.write(returning: { db in try await Self.book(job, actor: actor.recorded, at: Clock.millis(at), db) })
    }

    /// Takes the place and records the job and its timeline event; part of whatever write calls it (a submission's too).
    static func book(_ job: NewJob, actor: String?, at: Int64, _ db: any SQLDatabase) async throws -> Int64 {
        try await JobPlaces.take(job, limits: job.limits, db)
        let row = try await db.raw("""
            INSERT INTO jobs (case_reference, service_slug, kind, day, slot, area, assignee_id, crew, status, created_at, created_by)
            VALUES (\(bind: job.caseReference), \(bind: job.serviceSlug), \(bind: job.kind), \(bind: job.day.dayNumber), \(bind: job.slot),
                    \(bind: job.area), \(bind: job.assigneeID), \(bind: job.crew), \(bind: JobStatus.scheduled.rawValue), \(bind: at), \(bind: actor))
            RETURNING id
            """).first()
        guard let id = try row?.int64("id") else { throw DatabaseError.missingResult }
        var detail: [String: JSONValue] = [
            "job_id": .number(Double(id)), "kind": .string(job.kind), "day": .string(job.day.iso), "slot": .string(job.slot),
            "summary": .string(job.summary),
        ]
        if let assignee = job.assigneeID { detail["staff_id"] = .number(Double(assignee)) }
        if let crew = job.crew { detail["crew"] = .string(crew) }
        try await InsertRow.insert([SQLCaseRepository.event(job.caseReference, .jobScheduled, detail, actor: actor, at: at)], db)
        if let notify = job.notify {
            try await SQLCaseRepository.queue(notify, reference: job.caseReference, key: "appointment:\(id)", actor: actor ?? "", at: at, db)
        }
        try await db.raw("UPDATE cases SET updated_at = \(bind: at) WHERE reference = \(bind: job.caseReference)").run()
        return id
    }

    public func job(id: Int64) async throws -> Job? {
        try await database.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM jobs WHERE id = \(bind: id)").first()
        }.map(Self.job)
    }

    public func jobs(caseReference: String) async throws -> [Job] {
        try await database.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM jobs WHERE case_reference = \(bind: caseReference) ORDER BY day, id").all()
        }.map(Self.job)
    }

    public func jobs(on day: CalendarDay, for staffID: Int64, services: Set<String>) async throws -> [Job] {
        guard !services.isEmpty else { return [] }
        let slugs = Array(services).sorted()
        let rows = try await database.read { db in
            // Two index range reads (jobs_assignee_day, jobs_service_day), not a scan of every job.
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM jobs
                WHERE assignee_id = \(bind: staffID) AND day = \(bind: day.dayNumber) AND status <> 'cancelled'
                UNION ALL
                SELECT \(unsafeRaw: Self.columns) FROM jobs
                WHERE service_slug IN (\(binds: slugs)) AND day = \(bind: day.dayNumber) AND assignee_id IS NULL AND status <> 'cancelled'
                """).all()
        }
        return try rows.map(Self.job).filter { services.contains($0.serviceSlug) }
    }

    public func complete(_ completion: JobCompletion, actor: Actor, at: Date) async throws -> JobCompletionResult {
        let actor = actor.recorded
        let millis = Clock.millis(at)
        return try await database.write(returning: { db in
            let updated = try await db.raw("""
                UPDATE jobs SET status = \(bind: JobStatus.completed.rawValue), outcome = \(bind: completion.outcome.rawValue),
                    reason = \(bind: completion.reason), notes = \(bind: completion.notes), photo_upload_id = \(bind: completion.photo?.reference.id),
                    completed_at = \(bind: millis), completed_by = \(bind: actor)
                WHERE id = \(bind: completion.jobID) AND case_reference = \(bind: completion.caseReference) AND status = 'scheduled'
                  AND (assignee_id IS NULL OR assignee_id = \(bind: completion.workerID))
                RETURNING id
                """).first()
            guard updated != nil else { return JobCompletionResult.notScheduled }
            var rows: [InsertRow] = []
            if let photo = completion.photo {
                rows.append(SQLUploadRepository.row(photo, sessionHash: nil, reference: completion.caseReference))
            }
            var detail: [String: JSONValue] = [
                "job_id": .number(Double(completion.jobID)), "outcome": .string(completion.outcome.rawValue), "summary": .string(completion.summary),
            ]
            if let reason = completion.reason { detail["reason"] = .string(reason) }
            if let notes = completion.notes { detail["notes"] = .string(notes) }
            if let photo = completion.photo { detail["photo"] = .string(photo.reference.filename) }
            rows.append(SQLCaseRepository.event(completion.caseReference, .jobCompleted, detail, actor: actor, at: millis))
            try await InsertRow.insert(rows, db)

            var moved = false
            if let move = completion.caseMove,
               try await SQLCaseRepository.move(completion.caseReference, from: move.from, to: move.to, meetsTarget: move.meetsTarget, at: millis, db) {
                moved = true
                var statusDetail: [String: JSONValue] = ["status": .string(move.to), "from": .string(move.from)]
                if let reason = move.citizenReason { statusDetail["reason"] = .string(reason.text) }
                try await InsertRow.insert([SQLCaseRepository.event(completion.caseReference, .statusChanged, statusDetail, actor: actor, at: millis)], db)
                if let notify = move.notify {
                    try await SQLCaseRepository.queue(notify, reference: completion.caseReference, key: "status:\(move.to)", actor: actor, at: millis, db)
                }
            }
            try await db.raw("UPDATE cases SET updated_at = \(bind: millis) WHERE reference = \(bind: completion.caseReference)").run()
            return JobCompletionResult.recorded(caseMoved: moved)
        })
    }

    public func photo(jobID: Int64) async throws -> (reference: FileReference, data: [UInt8])? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT u.id, u.filename, u.content_type, u.size, u.data FROM jobs j
                JOIN uploads u ON u.id = j.photo_upload_id AND u.submission_reference = j.case_reference
                WHERE j.id = \(bind: jobID)
                """).first()
        }
        guard let row else { return nil }
        let reference = FileReference(id: try row.string("id"), filename: try row.string("filename"),
                                      contentType: try row.string("content_type"), size: try row.int("size"))
        return (reference, try row.bytes("data"))
    }

    static func job(_ row: any SQLRow) throws -> Job {
        Job(
            id: try row.int64("id"), caseReference: try row.string("case_reference"), serviceSlug: try row.string("service_slug"),
            kind: try row.string("kind"), day: CalendarDay(dayNumber: try row.int("day")), slot: try row.string("slot"),
            area: try row.string("area"), assigneeID: try row.decode(column: "assignee_id", as: Int64?.self), crew: try row.optionalString("crew"),
            status: JobStatus(rawValue: try row.string("status")) ?? .scheduled,
            outcome: try row.optionalString("outcome").flatMap(JobOutcome.init(rawValue:)),
            reason: try row.optionalString("reason"), notes: try row.optionalString("notes"),
            photoUploadID: try row.optionalString("photo_upload_id"),
            completedAt: try row.decode(column: "completed_at", as: Int64?.self).map(Clock.date),
            completedBy: try row.optionalString("completed_by")
        )
    }
}
