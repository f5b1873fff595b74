import Domain
import Foundation
import SQLKit

/// `api_idempotency_keys`: a key is claimed by inserting its row (the primary key makes one winner across servers),
/// or by taking over a row that expired or whose holder died; its answer is stored only by the claim's holder.
public struct SQLIdempotencyKeyRepository: IdempotencyKeyRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func claim(_ request: IdempotentRequest, at: Date) async throws -> IdempotencyClaim {
        let now = Clock.millis(at)
        let expires = now + Int64(IdempotencyPolicy.lifetime * 1000)
        let stale = now - Int64(IdempotencyPolicy.lease * 1000)
        let token = Token.random()
        return try await database.write(returning: { db in
            let inserted = try await db.raw("""
                INSERT INTO api_idempotency_keys (client_id, idem_key, fingerprint, token, claimed_at, expires_at)
                VALUES (\(bind: request.clientID), \(bind: request.key), \(bind: request.fingerprint), \(bind: token), \(bind: now), \(bind: expires))
                ON CONFLICT (client_id, idem_key) DO NOTHING RETURNING client_id
                """).first()
            if inserted != nil { return .claimed(token: token) }
            // An expired key starts afresh; an unfinished claim older than the lease is taken over by the same request.
            let takenOver = try await db.raw("""
                UPDATE api_idempotency_keys SET fingerprint = \(bind: request.fingerprint), token = \(bind: token), status = NULL,
                    content_type = NULL, body = NULL, claimed_at = \(bind: now), expires_at = \(bind: expires)
                WHERE client_id = \(bind: request.clientID) AND idem_key = \(bind: request.key)
                    AND (expires_at <= \(bind: now)
                         OR (status IS NULL AND claimed_at <= \(bind: stale) AND fingerprint = \(bind: request.fingerprint)))
                RETURNING client_id
                """).first()
            if takenOver != nil { return .claimed(token: token) }
            guard let row = try await db.raw("""
                SELECT fingerprint, status, content_type, body FROM api_idempotency_keys
                WHERE client_id = \(bind: request.clientID) AND idem_key = \(bind: request.key)
                """).first() else { throw DatabaseError.missingResult }
            guard try row.string("fingerprint") == request.fingerprint else { return .mismatch }
            guard let status = try row.decode(column: "status", as: Int?.self) else { return .inProgress }
            return .completed(StoredAPIResponse(status: status, contentType: try row.optionalString("content_type") ?? "application/json",
                                                body: try row.optionalString("body") ?? ""))
        })
    }

    public func complete(_ completion: IdempotencyCompletion) async throws {
        try await database.write(Self.completing(completion))
    }

    public func release(_ request: IdempotentRequest, token: String) async throws {
        try await database.write { db in
            try await db.raw("""
                DELETE FROM api_idempotency_keys WHERE client_id = \(bind: request.clientID) AND idem_key = \(bind: request.key)
                    AND token = \(bind: token) AND status IS NULL
                """).run()
        }
    }

    /// Stores the answer under the key, inside whatever transaction runs it; throws `IdempotencyKeyLost` (rolling
    /// that transaction back) if the claim is no longer this request's.
    static func completing(_ completion: IdempotencyCompletion) -> WriteOperation {
        { db in
            let request = completion.request
            let response = completion.response
            let stored = try await db.raw("""
                UPDATE api_idempotency_keys SET status = \(bind: response.status), content_type = \(bind: response.contentType),
                    body = \(bind: response.body)
                WHERE client_id = \(bind: request.clientID) AND idem_key = \(bind: request.key) AND token = \(bind: completion.token)
                    AND status IS NULL
                RETURNING client_id
                """).first()
            if stored == nil { throw IdempotencyKeyLost() }
        }
    }
}
