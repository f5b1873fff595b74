import Domain
import SQLKit

public struct SQLJourneyRepository: JourneyRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func journey(sessionHash: String, slug: String) async throws -> JourneyState? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT version, answers, completed, submitted_reference, assisted FROM journeys
                WHERE session_hash = \(bind: sessionHash) AND slug = \(bind: slug)
                """).first()
        }
        guard let row else { return nil }
        return try Self.state(row, sessionHash: sessionHash, slug: slug)
    }

    public func sessionAndJourney(sessionHash: String, slug: String) async throws -> (session: WebSession, journey: JourneyState?)? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT s.csrf_token, s.language, j.version, j.answers, j.completed, j.submitted_reference, j.assisted
                FROM web_sessions s LEFT JOIN journeys j ON j.session_hash = s.id_hash AND j.slug = \(bind: slug)
                WHERE s.id_hash = \(bind: sessionHash)
                """).first()
        }
        guard let row else { return nil }
        let session = WebSession(idHash: sessionHash, csrfToken: try row.string("csrf_token"), language: Language(rawValue: try row.string("language")) ?? .en)
        guard try row.decodeNil(column: "version") == false else { return (session, nil) }
        return (session, try Self.state(row, sessionHash: sessionHash, slug: slug))
    }

    private static func state(_ row: any SQLRow, sessionHash: String, slug: String) throws -> JourneyState {
        JourneyState(
            sessionHash: sessionHash, slug: slug, version: try row.int("version"),
            answers: try JSONColumn.object(try row.string("answers")),
            completed: Set(try JSONColumn.strings(try row.string("completed"))),
            submittedReference: try row.optionalString("submitted_reference"),
            assisted: try row.optionalString("assisted").flatMap { try? JSONColumn.object($0) }.flatMap(AssistedEntry.init(json:))
        )
    }

    public func save(_ journey: JourneyState) async throws {
        try await database.write { db in try await Self.upsert(journey, db) }
    }

    static func upsert(_ journey: JourneyState, _ db: any SQLDatabase) async throws {
        let answers = JSONColumn.text(journey.answers)
        let completed = JSONText.serialize(.array(journey.completed.sorted().map { .string($0) }))
        try await db.raw("""
            INSERT INTO journeys (session_hash, slug, version, answers, completed, submitted_reference, updated_at, citizen_id, assisted)
            VALUES (\(bind: journey.sessionHash), \(bind: journey.slug), \(bind: journey.version), \(bind: answers),
                    \(bind: completed), \(bind: journey.submittedReference), \(bind: Clock.millis()), \(bind: journey.citizenID),
                    \(bind: journey.assisted.map { JSONColumn.text($0.json) }))
            ON CONFLICT (session_hash, slug) DO UPDATE SET version = excluded.version, answers = excluded.answers,
                completed = excluded.completed, submitted_reference = excluded.submitted_reference, updated_at = excluded.updated_at,
                citizen_id = COALESCE(excluded.citizen_id, journeys.citizen_id), assisted = excluded.assisted
            """).run()
    }

    public func delete(sessionHash: String, slug: String) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM journeys WHERE session_hash = \(bind: sessionHash) AND slug = \(bind: slug)").run()
        }
    }
}
