import Domain
import Foundation
import SQLKit

public struct SQLPendingProviderSignInRepository: PendingProviderSignInRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func save(_ pending: PendingProviderSignIn) async throws {
        // Sign-ins abandoned at the provider are cleared out as new ones begin.
        let dayAgo = Clock.millis(pending.createdAt.addingTimeInterval(-86_400))
        try await database.write { db in
            try await db.raw("DELETE FROM oidc_pending WHERE created_at < \(bind: dayAgo)").run()
            try await db.raw("""
                INSERT INTO oidc_pending (state_hash, provider, nonce, code_verifier, redirect_uri, return_to, session_hash, created_at)
                VALUES (\(bind: pending.stateHash), \(bind: pending.provider), \(bind: pending.nonce), \(bind: pending.codeVerifier),
                        \(bind: pending.redirectURI), \(bind: pending.returnTo), \(bind: pending.sessionHash), \(bind: Clock.millis(pending.createdAt)))
                """).run()
        }
    }

    public func take(stateHash: String) async throws -> PendingProviderSignIn? {
        let row = try await database.write(returning: { db in
            try await db.raw("""
                DELETE FROM oidc_pending WHERE state_hash = \(bind: stateHash)
                RETURNING provider, nonce, code_verifier, redirect_uri, return_to, session_hash, created_at
                """).first()
        })
        guard let row else { return nil }
        return PendingProviderSignIn(
            stateHash: stateHash, provider: try row.string("provider"), nonce: try row.string("nonce"),
            codeVerifier: try row.string("code_verifier"), redirectURI: try row.string("redirect_uri"),
            returnTo: try row.string("return_to"), sessionHash: try row.optionalString("session_hash") ?? "",
            createdAt: Clock.date(try row.int64("created_at"))
        )
    }
}
