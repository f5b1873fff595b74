import Domain
import Foundation
import SQLKit

public struct SQLVisitRepository: VisitRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    static let columns = """
        id, case_reference, service_slug, kind, day, slot, area, assignee_id, crew, status, outcome, reason, notes,
        photo_upload_id, completed_at, completed_by
        """

    public func usage(service: String, area: String, days: ClosedRange<Int>) async throws -> [DayUsage] {
        try await database.read { db in try await VisitPlaces.usage(service: service, area: area, days: days, db) }
    }

    public func schedule(_ visit: NewVisit, actor: Actor, at: Date) async throws -> Int64 {
        try await database.write(returning: { db in try await Self.book(visit, actor: actor.recorded, at: Clock.millis(at), db) })
    }

    /// Takes the place and records the visit and its timeline event; part of whatever write calls it (a submission's too).
    static func book(_ visit: NewVisit, actor: String?, at: Int64, _ db: any SQLDatabase) async throws -> Int64 {
        try await VisitPlaces.take(visit, limits: visit.limits, db)
        let row = try await db.raw("""
            INSERT INTO visits (case_reference, service_slug, kind, day, slot, area, assignee_id, crew, status, created_at, created_by)
            VALUES (\(bind: visit.caseReference), \(bind: visit.serviceSlug), \(bind: visit.kind), \(bind: visit.day.dayNumber), \(bind: visit.slot),
                    \(bind: visit.area), \(bind: visit.assigneeID), \(bind: visit.crew), \(bind: VisitStatus.scheduled.rawValue), \(bind: at), \(bind: actor))
            RETURNING id
            """).first()
        guard let id = try row?.int64("id") else { throw DatabaseError.missingResult }
        var detail: [String: JSONValue] = [
            "job_id": .number(Double(id)), "kind": .string(visit.kind), "day": .string(visit.day.iso), "slot": .string(visit.slot),
            "summary": .string(visit.summary),
        ]
        if let assignee = visit.assigneeID { detail["staff_id"] = .number(Double(assignee)) }
        if let crew = visit.crew { detail["crew"] = .string(crew) }
        try await InsertRow.insert([SQLCaseRepository.event(visit.caseReference, .visitScheduled, detail, actor: actor, at: at)], db)
        if let notify = visit.notify {
            try await SQLCaseRepository.queue(notify, reference: visit.caseReference, key: "appointment:\(id)", actor: actor ?? "", at: at, db)
        }
        try await db.raw("UPDATE cases SET updated_at = \(bind: at) WHERE reference = \(bind: visit.caseReference)").run()
        return id
    }

    public func visit(id: Int64) async throws -> Visit? {
        try await database.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM visits WHERE id = \(bind: id)").first()
        }.map(Self.visit)
    }

    public func visits(caseReference: String) async throws -> [Visit] {
        try await database.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM visits WHERE case_reference = \(bind: caseReference) ORDER BY day, id").all()
        }.map(Self.visit)
    }

    public func visits(on day: CalendarDay, for staffID: Int64, services: Set<String>) async throws -> [Visit] {
        guard !services.isEmpty else { return [] }
        let slugs = Array(services).sorted()
        let rows = try await database.read { db in
            // Two index range reads (visits_assignee_day, visits_service_day), not a scan of every visit.
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM visits
                WHERE assignee_id = \(bind: staffID) AND day = \(bind: day.dayNumber) AND status <> 'cancelled'
                UNION ALL
                SELECT \(unsafeRaw: Self.columns) FROM visits
                WHERE service_slug IN (\(binds: slugs)) AND day = \(bind: day.dayNumber) AND assignee_id IS NULL AND status <> 'cancelled'
                """).all()
        }
        return try rows.map(Self.visit).filter { services.contains($0.serviceSlug) }
    }

    public func complete(_ completion: VisitCompletion, actor: Actor, at: Date) async throws -> VisitCompletionResult {
        let actor = actor.recorded
        let millis = Clock.millis(at)
        return try await database.write(returning: { db in
            let updated = try await db.raw("""
                UPDATE visits SET status = \(bind: VisitStatus.completed.rawValue), outcome = \(bind: completion.outcome.rawValue),
                    reason = \(bind: completion.reason), notes = \(bind: completion.notes), photo_upload_id = \(bind: completion.photo?.reference.id),
                    completed_at = \(bind: millis), completed_by = \(bind: actor)
                WHERE id = \(bind: completion.visitID) AND case_reference = \(bind: completion.caseReference) AND status = 'scheduled'
                  AND (assignee_id IS NULL OR assignee_id = \(bind: completion.workerID))
                RETURNING id
                """).first()
            guard updated != nil else { return VisitCompletionResult.notScheduled }
            var rows: [InsertRow] = []
            if let photo = completion.photo {
                rows.append(SQLUploadRepository.row(photo, sessionHash: nil, reference: completion.caseReference))
            }
            var detail: [String: JSONValue] = [
                "job_id": .number(Double(completion.visitID)), "outcome": .string(completion.outcome.rawValue), "summary": .string(completion.summary),
            ]
            if let reason = completion.reason { detail["reason"] = .string(reason) }
            if let notes = completion.notes { detail["notes"] = .string(notes) }
            if let photo = completion.photo { detail["photo"] = .string(photo.reference.filename) }
            rows.append(SQLCaseRepository.event(completion.caseReference, .visitCompleted, detail, actor: actor, at: millis))
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
            return VisitCompletionResult.recorded(caseMoved: moved)
        })
    }

    public func photo(visitID: Int64) async throws -> (reference: FileReference, data: [UInt8])? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT u.id, u.filename, u.content_type, u.size, u.data FROM visits v
                JOIN uploads u ON u.id = v.photo_upload_id AND u.submission_reference = v.case_reference
                WHERE v.id = \(bind: visitID)
                """).first()
        }
        guard let row else { return nil }
        let reference = FileReference(id: try row.string("id"), filename: try row.string("filename"),
                                      contentType: try row.string("content_type"), size: try row.int("size"))
        return (reference, try row.bytes("data"))
    }

    static func visit(_ row: any SQLRow) throws -> Visit {
        Visit(
            id: try row.int64("id"), caseReference: try row.string("case_reference"), serviceSlug: try row.string("service_slug"),
            kind: try row.string("kind"), day: CalendarDay(dayNumber: try row.int("day")), slot: try row.string("slot"),
            area: try row.string("area"), assigneeID: try row.decode(column: "assignee_id", as: Int64?.self), crew: try row.optionalString("crew"),
            status: VisitStatus(rawValue: try row.string("status")) ?? .scheduled,
            outcome: try row.optionalString("outcome").flatMap(VisitOutcome.init(rawValue:)),
            reason: try row.optionalString("reason"), notes: try row.optionalString("notes"),
            photoUploadID: try row.optionalString("photo_upload_id"),
            completedAt: try row.decode(column: "completed_at", as: Int64?.self).map(Clock.date),
            completedBy: try row.optionalString("completed_by")
        )
    }
}
