import Domain
import SQLKit

public struct SQLSessionRepository: SessionRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func create(_ session: WebSession) async throws {
        let now = Clock.millis()
        try await database.write { db in
            try await db.raw("""
                INSERT INTO web_sessions (id_hash, csrf_token, language, created_at, last_seen_at)
                VALUES (\(bind: session.idHash), \(bind: session.csrfToken), \(bind: session.language.rawValue), \(bind: now), \(bind: now))
                """).run()
        }
    }

    public func session(idHash: String) async throws -> WebSession? {
        let row = try await database.read { db in
            try await db.raw("SELECT id_hash, csrf_token, language FROM web_sessions WHERE id_hash = \(bind: idHash)").first()
        }
        guard let row else { return nil }
        return WebSession(idHash: try row.string("id_hash"), csrfToken: try row.string("csrf_token"), language: Language(rawValue: try row.string("language")) ?? .en)
    }

    public func setLanguage(_ language: Language, idHash: String) async throws {
        try await database.write { db in
            try await db.raw("UPDATE web_sessions SET language = \(bind: language.rawValue) WHERE id_hash = \(bind: idHash)").run()
        }
    }

    public func rotate(from oldHash: String?, to new: WebSession, adoptBy citizenID: Int64?) async throws {
        let now = Clock.millis()
        try await database.write { db in
            try await db.raw("""
                INSERT INTO web_sessions (id_hash, csrf_token, language, created_at, last_seen_at)
                VALUES (\(bind: new.idHash), \(bind: new.csrfToken), \(bind: new.language.rawValue), \(bind: now), \(bind: now))
                """).run()
            guard let oldHash else { return }
            if let citizenID {
                try await db.raw("""
                    UPDATE journeys SET citizen_id = \(bind: citizenID)
                    WHERE session_hash = \(bind: oldHash) AND submitted_reference IS NULL AND citizen_id IS NULL
                    """).run()
            }
            try await db.raw("UPDATE journeys SET session_hash = \(bind: new.idHash) WHERE session_hash = \(bind: oldHash)").run()
            try await db.raw("""
                UPDATE uploads SET session_hash = \(bind: new.idHash) WHERE session_hash = \(bind: oldHash) AND submission_reference IS NULL
                """).run()
            try await db.raw("DELETE FROM web_sessions WHERE id_hash = \(bind: oldHash)").run()
        }
    }

    public func end(_ oldHash: String, replacingWith new: WebSession, parkingAccountFormsAt parkedHash: String) async throws {
        let now = Clock.millis()
        try await database.write { db in
            try await db.raw("""
                INSERT INTO web_sessions (id_hash, csrf_token, language, created_at, last_seen_at)
                VALUES (\(bind: new.idHash), \(bind: new.csrfToken), \(bind: new.language.rawValue), \(bind: now), \(bind: now))
                """).run()
            try await db.raw("""
                UPDATE journeys SET session_hash = \(bind: new.idHash)
                WHERE session_hash = \(bind: oldHash) AND assisted IS NOT NULL AND submitted_reference IS NULL
                """).run()
            try await db.raw("""
                UPDATE uploads SET session_hash = \(bind: new.idHash) WHERE session_hash = \(bind: oldHash) AND submission_reference IS NULL
                AND EXISTS (SELECT 1 FROM journeys WHERE session_hash = \(bind: new.idHash))
                """).run()
            try await db.raw("""
                UPDATE journeys SET session_hash = \(bind: parkedHash)
                WHERE session_hash = \(bind: oldHash) AND citizen_id IS NOT NULL AND submitted_reference IS NULL
                """).run()
            try await db.raw("""
                UPDATE uploads SET session_hash = \(bind: parkedHash) WHERE session_hash = \(bind: oldHash) AND submission_reference IS NULL
                """).run()
            try await db.raw("DELETE FROM journeys WHERE session_hash = \(bind: oldHash)").run()
            try await db.raw("DELETE FROM web_sessions WHERE id_hash = \(bind: oldHash)").run()
        }
    }
}
