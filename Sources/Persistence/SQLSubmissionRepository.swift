import Domain
import Foundation
import SQLKit

public struct SQLSubmissionRepository: SubmissionRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func record(_ submission: NewSubmission, completing journey: JourneyState?) async throws {
        let outbox = Self.outboxMessages(for: submission)
        let caseEvent = JSONColumn.text(["status": .string(submission.initialStatus), "channel": .string(submission.channel.rawValue)])
        let fileIDs = Self.fileIDs(in: submission.answers)
        let at = Clock.millis(submission.submittedAt)
        var rows = [
            Self.submissionRow(submission),
            Self.caseRow(submission),
            InsertRow("case_events", [
                "case_reference": submission.reference, "kind": "status_changed", "detail": caseEvent,
                "actor": submission.enteredByStaffID.map { Actor.staff($0).recorded }, "created_at": at,
            ]),
        ]
        for message in outbox {
            rows.append(InsertRow("outbox", [
                "topic": message.topic, "reference": submission.reference, "payload": message.payload,
                "idempotency_key": message.topic + ":" + submission.reference, "status": "pending", "attempts": 0,
                "available_at": at, "created_at": at,
            ]))
        }
        for upload in submission.uploads {
            rows.append(SQLUploadRepository.row(upload, sessionHash: nil, reference: submission.reference))
        }
        if let audit = submission.audit { rows.append(SQLAuditLog.row(audit)) }
        let booking = submission.booking
        let actor = (submission.enteredByStaffID.map(Actor.staff) ?? submission.citizenID.map(Actor.citizen))?.recorded
        // An API retry's answer is stored with the submission: committed together or not at all.
        let storeAnswer = submission.idempotency.map(SQLIdempotencyKeyRepository.completing)
        guard let journey else {
            guard booking != nil || storeAnswer != nil else {
                try await database.write(rows: rows)
                return
            }
            try await database.write(rows: rows) { db in
                if let booking { _ = try await SQLVisitRepository.book(booking, actor: actor, at: at, db) }
                try await storeAnswer?(db)
            }
            return
        }
        // The answers are in the submission now; the journey only needs to know it was sent.
        let sent = UpdateRow(
            "journeys", set: ["submitted_reference": submission.reference, "updated_at": at],
            where: ["session_hash": journey.sessionHash, "slug": journey.slug]
        )
        guard !fileIDs.isEmpty || booking != nil || storeAnswer != nil else {
            try await database.write(rows: rows, updates: [sent])
            return
        }
        try await database.write(rows: rows, updates: [sent]) { db in
            // The place is taken in this transaction: if the slot filled up meanwhile, nothing of the submission is kept.
            if let booking { _ = try await SQLVisitRepository.book(booking, actor: actor, at: at, db) }
            for id in fileIDs {
                try await db.raw("""
                    UPDATE uploads SET submission_reference = \(bind: submission.reference)
                    WHERE id = \(bind: id) AND session_hash = \(bind: journey.sessionHash)
                    """).run()
            }
            try await storeAnswer?(db)
        }
    }

    /// The submission's row: the answers as the citizen gave them.
    static func submissionRow(_ submission: NewSubmission) -> InsertRow {
        InsertRow("submissions", [
            "reference": submission.reference, "service_slug": submission.serviceSlug, "service_version": submission.serviceVersion,
            "answers": JSONColumn.text(AnswerCoding.json(submission.answers)), "channel": submission.channel.rawValue,
            "language": submission.language.rawValue, "contact_email": submission.contactEmail, "contact_phone": submission.contactPhone,
            "submitted_at": Clock.millis(submission.submittedAt), "citizen_id": submission.citizenID,
        ])
    }

    /// The case's row as it starts: in the workflow's first state, nobody assigned, what the queues filter and search by.
    static func caseRow(_ submission: NewSubmission) -> InsertRow {
        let at = Clock.millis(submission.submittedAt)
        return InsertRow("cases", [
            "reference": submission.reference, "service_slug": submission.serviceSlug, "status": submission.initialStatus,
            "created_at": at, "updated_at": at, "channel": submission.channel.rawValue, "due_day": submission.dueDay,
            "state_due_day": submission.stateDueDay, "status_since": at, "applicant_name": submission.caseIndex.applicantName, "applicant_email": submission.contactEmail,
            "postcode_district": submission.caseIndex.postcodeDistrict, "search_text": submission.caseIndex.searchText,
            "area_code": submission.areaCode, "latitude": submission.location.latitude, "longitude": submission.location.longitude,
        ])
    }

    /// What must happen after the submission commits: tell the citizen, and tell subscribed systems.
    static func outboxMessages(for submission: NewSubmission) -> [(topic: String, payload: String)] {
        var messages: [(String, String)] = []
        if submission.contactEmail != nil || submission.contactPhone != nil {
            let payload: [String: JSONValue] = [
                "event": .string("submitted"), "service": .string(submission.serviceSlug), "reference": .string(submission.reference),
                "email": submission.contactEmail.map(JSONValue.string) ?? .null, "phone": submission.contactPhone.map(JSONValue.string) ?? .null,
                "language": .string(submission.language.rawValue),
            ]
            messages.append(("notification", JSONColumn.text(payload)))
        }
        let event: [String: JSONValue] = [
            "event": .string("submission.created"), "service": .string(submission.serviceSlug),
            "reference": .string(submission.reference), "version": .number(Double(submission.serviceVersion)),
        ]
        messages.append(("event", JSONColumn.text(event)))
        return messages
    }

    static func fileIDs(in answers: Answers) -> [String] {
        var ids: [String] = []
        for answer in answers.values.values {
            if case .file(let file) = answer { ids.append(file.id) }
        }
        return ids
    }

    public func submission(reference: String) async throws -> StoredSubmission? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT s.reference, s.service_slug, s.service_version, s.answers, s.channel, s.language, s.submitted_at, s.citizen_id, c.status
                FROM submissions s JOIN cases c ON c.reference = s.reference WHERE s.reference = \(bind: reference)
                """).first()
        }
        guard let row else { return nil }
        return StoredSubmission(
            reference: try row.string("reference"), serviceSlug: try row.string("service_slug"),
            serviceVersion: try row.int("service_version"),
            answers: try JSONColumn.object(try row.string("answers")),
            channel: Channel(rawValue: try row.string("channel")) ?? .online,
            language: Language(rawValue: try row.string("language")) ?? .en,
            submittedAt: Clock.date(try row.int64("submitted_at")), status: try row.string("status"),
            citizenID: try row.decode(column: "citizen_id", as: Int64?.self)
        )
    }

    public func submissionCount() async throws -> Int {
        let row = try await database.read { db in try await db.raw("SELECT COUNT(*) AS n FROM submissions").first() }
        return try row?.int("n") ?? 0
    }
}
