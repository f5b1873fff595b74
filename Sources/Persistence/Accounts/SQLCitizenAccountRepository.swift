import Domain
import Foundation
import SQLKit

public struct SQLCitizenAccountRepository: CitizenAccountRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    private static let columns = "id, email, password_hash, email_confirmed_at, created_at, profile"

    public func create(email: String, passwordHash: String?, emailConfirmed: Bool) async throws -> CitizenAccount {
        let now = Clock.millis()
        let confirmedAt: Int64? = emailConfirmed ? now : nil
        // Checked and inserted in one transaction, so the answer is never an error that would fail a shared batch.
        let id: Int64? = try await database.write(returning: { db in
            if try await db.raw("SELECT id FROM citizens WHERE email = \(bind: email)").first() != nil { return nil }
            let row = try await db.raw("""
                INSERT INTO citizens (email, password_hash, email_confirmed_at, created_at)
                VALUES (\(bind: email), \(bind: passwordHash), \(bind: confirmedAt), \(bind: now)) RETURNING id
                """).first()
            return try row?.int64("id")
        })
        guard let id else { throw AccountError.emailTaken }
        return CitizenAccount(id: id, email: email, passwordHash: passwordHash, emailConfirmed: emailConfirmed, createdAt: Clock.date(now))
    }

    public func account(id: Int64) async throws -> CitizenAccount? {
        try await one("SELECT \(unsafeRaw: Self.columns) FROM citizens WHERE id = \(bind: id)")
    }

    public func account(email: String) async throws -> CitizenAccount? {
        try await one("SELECT \(unsafeRaw: Self.columns) FROM citizens WHERE email = \(bind: email)")
    }

    public func account(provider: String, subject: String) async throws -> CitizenAccount? {
        try await one("""
            SELECT c.id, c.email, c.password_hash, c.email_confirmed_at, c.created_at, c.profile FROM citizens c
            JOIN citizen_identities i ON i.citizen_id = c.id WHERE i.provider = \(bind: provider) AND i.subject = \(bind: subject)
            """)
    }

    private func one(_ query: SQLQueryString) async throws -> CitizenAccount? {
        let row = try await database.read { db in try await db.raw(query).first() }
        guard let row else { return nil }
        return CitizenAccount(
            id: try row.int64("id"), email: try row.string("email"), passwordHash: try row.optionalString("password_hash"),
            emailConfirmed: try row.decode(column: "email_confirmed_at", as: Int64?.self) != nil,
            createdAt: Clock.date(try row.int64("created_at")),
            profile: try row.optionalString("profile").map(JSONColumn.object) ?? [:]
        )
    }

    public func setProfile(id: Int64, profile: [String: JSONValue]) async throws {
        try await database.write { db in
            try await db.raw("UPDATE citizens SET profile = \(bind: JSONColumn.text(profile)) WHERE id = \(bind: id)").run()
        }
    }

    public func confirmEmail(id: Int64) async throws {
        try await database.write { db in
            try await db.raw("UPDATE citizens SET email_confirmed_at = \(bind: Clock.millis()) WHERE id = \(bind: id) AND email_confirmed_at IS NULL").run()
        }
    }

    public func setPassword(id: Int64, hash: String) async throws {
        try await database.write { db in
            try await db.raw("UPDATE citizens SET password_hash = \(bind: hash) WHERE id = \(bind: id)").run()
        }
    }

    public func setEmail(id: Int64, email: String) async throws {
        let changed: Bool = try await database.write(returning: { db in
            if try await db.raw("SELECT id FROM citizens WHERE email = \(bind: email) AND id <> \(bind: id)").first() != nil { return false }
            try await db.raw("UPDATE citizens SET email = \(bind: email), email_confirmed_at = \(bind: Clock.millis()) WHERE id = \(bind: id)").run()
            return true
        })
        if !changed { throw AccountError.emailTaken }
    }

    public func delete(id: Int64) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM auth_sessions WHERE kind = 'citizen' AND subject_id = \(bind: id)").run()
            try await db.raw("DELETE FROM citizen_identities WHERE citizen_id = \(bind: id)").run()
            try await db.raw("UPDATE submissions SET citizen_id = NULL WHERE citizen_id = \(bind: id)").run()
            try await db.raw("UPDATE journeys SET citizen_id = NULL WHERE citizen_id = \(bind: id)").run()
            try await db.raw("DELETE FROM one_time_links WHERE subject_id = \(bind: id) AND purpose IN ('confirm-email', 'change-email', 'reset-password')").run()
            try await db.raw("DELETE FROM citizens WHERE id = \(bind: id)").run()
        }
    }

    public func link(provider: String, subject: String, to id: Int64) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO citizen_identities (provider, subject, citizen_id, created_at)
                VALUES (\(bind: provider), \(bind: subject), \(bind: id), \(bind: Clock.millis()))
                ON CONFLICT (provider, subject) DO NOTHING
                """).run()
        }
    }

    public func requests(of id: Int64) async throws -> [RequestSummary] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT s.reference, s.service_slug, s.submitted_at, c.status,
                       (SELECT v.title FROM service_versions v WHERE v.slug = s.service_slug AND v.version = s.service_version) AS title
                FROM submissions s JOIN cases c ON c.reference = s.reference
                WHERE s.citizen_id = \(bind: id) ORDER BY s.submitted_at DESC, s.id DESC
                """).all()
        }
        return try rows.map { row in
            RequestSummary(
                reference: try row.string("reference"), serviceSlug: try row.string("service_slug"),
                serviceTitle: try row.optionalString("title") ?? row.string("service_slug"),
                submittedAt: Clock.date(try row.int64("submitted_at")), status: try row.string("status")
            )
        }
    }

    public func request(reference: String, of id: Int64) async throws -> StoredSubmission? {
        let owner = try await database.read { db in
            try await db.raw("SELECT citizen_id FROM submissions WHERE reference = \(bind: reference)").first()
        }
        guard let owner, try owner.decode(column: "citizen_id", as: Int64?.self) == id else { return nil }
        return try await SQLSubmissionRepository(database: database).submission(reference: reference)
    }

    public func caseEvents(reference: String) async throws -> [CaseEvent] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT kind, detail, created_at FROM case_events WHERE case_reference = \(bind: reference) ORDER BY id
                """).all()
        }
        return try rows.map { row in
            CaseEvent(kind: try row.string("kind"), detail: try row.string("detail"), at: Clock.date(try row.int64("created_at")))
        }
    }

    public func claim(reference: String, email: String, for id: Int64) async throws -> Bool {
        try await database.write(returning: { db in
            let row = try await db.raw("""
                UPDATE submissions SET citizen_id = \(bind: id)
                WHERE reference = \(bind: reference) AND citizen_id IS NULL AND LOWER(contact_email) = \(bind: email)
                RETURNING reference
                """).first()
            return row != nil
        })
    }

    public func savedJourneys(of id: Int64) async throws -> [SavedJourney] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT slug, MAX(updated_at) AS updated_at FROM journeys
                WHERE citizen_id = \(bind: id) AND submitted_reference IS NULL GROUP BY slug ORDER BY MAX(updated_at) DESC
                """).all()
        }
        return try rows.map { SavedJourney(slug: try $0.string("slug"), updatedAt: Clock.date(try $0.int64("updated_at"))) }
    }

    public func moveJourney(slug: String, citizenID: Int64?, fromSession: String?, toSession: String) async throws -> Bool {
        try await database.write(returning: { db in
            let source: SQLQueryString = if let citizenID {
                "citizen_id = \(bind: citizenID)"
            } else {
                "session_hash = \(bind: fromSession ?? "")"
            }
            let found = try await db.raw("""
                SELECT session_hash FROM journeys WHERE \(source) AND slug = \(bind: slug) AND submitted_reference IS NULL
                ORDER BY updated_at DESC LIMIT 1
                """).first()
            guard let found else { return false }
            let from = try found.string("session_hash")
            if from == toSession { return true }
            try await db.raw("DELETE FROM journeys WHERE session_hash = \(bind: toSession) AND slug = \(bind: slug)").run()
            try await db.raw("""
                UPDATE journeys SET session_hash = \(bind: toSession), updated_at = \(bind: Clock.millis())
                WHERE session_hash = \(bind: from) AND slug = \(bind: slug)
                """).run()
            // Files uploaded on the way belong to the journey; they move with it.
            try await db.raw("""
                UPDATE uploads SET session_hash = \(bind: toSession) WHERE session_hash = \(bind: from) AND submission_reference IS NULL
                """).run()
            return true
        })
    }
}
