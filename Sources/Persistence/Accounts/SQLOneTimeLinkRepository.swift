import Domain
import Foundation
import SQLKit

public struct SQLOneTimeLinkRepository: OneTimeLinkRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func create(_ link: OneTimeLink) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO one_time_links (token_hash, purpose, subject_id, payload, expires_at, created_at)
                VALUES (\(bind: link.tokenHash), \(bind: link.purpose.rawValue), \(bind: link.subjectID), \(bind: link.payload),
                        \(bind: Clock.millis(link.expiresAt)), \(bind: Clock.millis()))
                """).run()
        }
    }

    public func valid(tokenHash: String, purpose: LinkPurpose, at: Date) async throws -> OneTimeLink? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT subject_id, payload, expires_at FROM one_time_links
                WHERE token_hash = \(bind: tokenHash) AND purpose = \(bind: purpose.rawValue) AND used_at IS NULL
                  AND expires_at > \(bind: Clock.millis(at))
                """).first()
        }
        return try row.map { try Self.link($0, tokenHash: tokenHash, purpose: purpose) }
    }

    public func consume(tokenHash: String, purpose: LinkPurpose, at: Date) async throws -> OneTimeLink? {
        let now = Clock.millis(at)
        let row = try await database.write(returning: { db in
            try await db.raw("""
                UPDATE one_time_links SET used_at = \(bind: now)
                WHERE token_hash = \(bind: tokenHash) AND purpose = \(bind: purpose.rawValue) AND used_at IS NULL AND expires_at > \(bind: now)
                RETURNING subject_id, payload, expires_at
                """).first()
        })
        return try row.map { try Self.link($0, tokenHash: tokenHash, purpose: purpose) }
    }

    private static func link(_ row: any SQLRow, tokenHash: String, purpose: LinkPurpose) throws -> OneTimeLink {
        OneTimeLink(
            tokenHash: tokenHash, purpose: purpose, subjectID: try row.decode(column: "subject_id", as: Int64?.self),
            payload: try row.string("payload"), expiresAt: Clock.date(try row.int64("expires_at"))
        )
    }
}
