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
}
