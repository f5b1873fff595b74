import Domain
import Foundation
import SQLKit

public struct SQLAuthSessionRepository: AuthSessionRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func create(_ session: AuthSession) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO auth_sessions (id_hash, kind, subject_id, second_factor_done, created_at, last_seen_at)
                VALUES (\(bind: session.idHash), \(bind: session.kind.rawValue), \(bind: session.subjectID),
                        \(bind: session.secondFactorDone ? 1 : 0), \(bind: Clock.millis(session.createdAt)), \(bind: Clock.millis(session.lastSeenAt)))
                """).run()
        }
    }

    public func session(idHash: String) async throws -> AuthSession? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT kind, subject_id, second_factor_done, created_at, last_seen_at FROM auth_sessions WHERE id_hash = \(bind: idHash)
                """).first()
        }
        guard let row, let kind = PrincipalKind(rawValue: try row.string("kind")) else { return nil }
        return AuthSession(
            idHash: idHash, kind: kind, subjectID: try row.int64("subject_id"), secondFactorDone: try row.int("second_factor_done") != 0,
            createdAt: Clock.date(try row.int64("created_at")), lastSeenAt: Clock.date(try row.int64("last_seen_at"))
        )
    }

    public func touch(idHash: String, at: Date) async throws {
        try await database.write { db in
            try await db.raw("UPDATE auth_sessions SET last_seen_at = \(bind: Clock.millis(at)) WHERE id_hash = \(bind: idHash)").run()
        }
    }

    public func completeSecondFactor(idHash: String) async throws {
        try await database.write { db in
            try await db.raw("UPDATE auth_sessions SET second_factor_done = 1 WHERE id_hash = \(bind: idHash)").run()
        }
    }

    public func delete(idHash: String) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM auth_sessions WHERE id_hash = \(bind: idHash)").run()
        }
    }

    public func deleteAll(kind: PrincipalKind, subjectID: Int64) async throws -> Int {
        try await database.write(returning: { db in
            try await db.raw("""
                DELETE FROM auth_sessions WHERE kind = \(bind: kind.rawValue) AND subject_id = \(bind: subjectID) RETURNING id_hash
                """).all().count
        })
    }

    public func count(kind: PrincipalKind, subjectID: Int64) async throws -> Int {
        let row = try await database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM auth_sessions WHERE kind = \(bind: kind.rawValue) AND subject_id = \(bind: subjectID)").first()
        }
        return try row?.int("n") ?? 0
    }
}
