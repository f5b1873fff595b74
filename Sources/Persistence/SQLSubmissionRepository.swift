import Domain
import Foundation
import SQLKit

public struct SQLSubmissionRepository: SubmissionRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func record(_ submission: NewSubmission, completing journey: JourneyState?) async throws {
        let answers = JSONColumn.text(AnswerCoding.json(submission.answers))
        let outbox = Self.outboxMessages(for: submission)
        let caseEvent = JSONColumn.text(["status": .string("received"), "channel": .string(submission.channel.rawValue)])
        let fileIDs = Self.fileIDs(in: submission.answers)
        let at = Clock.millis(submission.submittedAt)
        try await database.write { db in
            try await db.raw("""
                INSERT INTO submissions (reference, service_slug, service_version, answers, channel, language, contact_email, contact_phone, submitted_at)
                VALUES (\(bind: submission.reference), \(bind: submission.serviceSlug), \(bind: submission.serviceVersion), \(bind: answers),
                        \(bind: submission.channel.rawValue), \(bind: submission.language.rawValue), \(bind: submission.contactEmail),
                        \(bind: submission.contactPhone), \(bind: at))
                """).run()
            try await db.raw("""
                INSERT INTO cases (reference, service_slug, status, created_at, updated_at)
                VALUES (\(bind: submission.reference), \(bind: submission.serviceSlug), 'received', \(bind: at), \(bind: at))
                """).run()
            try await db.raw("""
                INSERT INTO case_events (case_reference, kind, detail, actor, created_at)
                VALUES (\(bind: submission.reference), 'status_changed', \(bind: caseEvent), NULL, \(bind: at))
                """).run()
            for message in outbox {
                try await db.raw("""
                    INSERT INTO outbox (topic, reference, payload, idempotency_key, status, attempts, available_at, created_at)
                    VALUES (\(bind: message.topic), \(bind: submission.reference), \(bind: message.payload),
                            \(bind: message.topic + ":" + submission.reference), 'pending', 0, \(bind: at), \(bind: at))
                    """).run()
            }
            for upload in submission.uploads {
                try await SQLUploadRepository.insert(upload, sessionHash: nil, reference: submission.reference, db)
            }
            if let journey {
                for id in fileIDs {
                    try await db.raw("""
                        UPDATE uploads SET submission_reference = \(bind: submission.reference)
                        WHERE id = \(bind: id) AND session_hash = \(bind: journey.sessionHash)
                        """).run()
                }
                var finished = journey
                finished.submittedReference = submission.reference
                try await SQLJourneyRepository.upsert(finished, db)
            }
        }
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
                SELECT s.reference, s.service_slug, s.service_version, s.answers, s.channel, s.language, s.submitted_at, c.status
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
            submittedAt: Clock.date(try row.int64("submitted_at")), status: try row.string("status")
        )
    }

    public func submissionCount() async throws -> Int {
        let row = try await database.read { db in try await db.raw("SELECT COUNT(*) AS n FROM submissions").first() }
        return try row?.int("n") ?? 0
    }
}
