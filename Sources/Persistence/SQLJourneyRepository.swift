import Domain
import SQLKit

public struct SQLJourneyRepository: JourneyRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func journey(sessionHash: String, slug: String) async throws -> JourneyState? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT version, answers, completed, submitted_reference FROM journeys
                WHERE session_hash = \(bind: sessionHash) AND slug = \(bind: slug)
                """).first()
        }
        guard let row else { return nil }
        return JourneyState(
            sessionHash: sessionHash, slug: slug, version: try row.int("version"),
            answers: try JSONColumn.object(try row.string("answers")),
            completed: Set(try JSONColumn.strings(try row.string("completed"))),
            submittedReference: try row.optionalString("submitted_reference")
        )
    }

    public func save(_ journey: JourneyState) async throws {
        try await database.write { db in try await Self.upsert(journey, db) }
    }

    static func upsert(_ journey: JourneyState, _ db: any SQLDatabase) async throws {
        let answers = JSONColumn.text(journey.answers)
        let completed = JSONText.serialize(.array(journey.completed.sorted().map { .string($0) }))
        try await db.raw("""
            INSERT INTO journeys (session_hash, slug, version, answers, completed, submitted_reference, updated_at)
            VALUES (\(bind: journey.sessionHash), \(bind: journey.slug), \(bind: journey.version), \(bind: answers),
                    \(bind: completed), \(bind: journey.submittedReference), \(bind: Clock.millis()))
            ON CONFLICT (session_hash, slug) DO UPDATE SET version = excluded.version, answers = excluded.answers,
                completed = excluded.completed, submitted_reference = excluded.submitted_reference, updated_at = excluded.updated_at
            """).run()
    }

    public func delete(sessionHash: String, slug: String) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM journeys WHERE session_hash = \(bind: sessionHash) AND slug = \(bind: slug)").run()
        }
    }
}
