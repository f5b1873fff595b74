import Domain
import Foundation
import SQLKit

/// API clients: scopes and services as comma-separated lists, the secret as its SHA-256 only.
public struct SQLAPIClientRepository: APIClientRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func create(_ client: NewAPIClient, secretHash: String, createdBy: String, at: Date) async throws -> APIClient {
        let scopes = client.scopes.map(\.rawValue).sorted().joined(separator: ",")
        let services = client.services.sorted().joined(separator: ",")
        let millis = Clock.millis(at)
        let id: Int64? = try await database.write(returning: { db in
            try await db.raw("""
                INSERT INTO api_clients (name, scopes, services, secret_hash, created_at, created_by)
                VALUES (\(bind: client.name), \(bind: scopes), \(bind: services), \(bind: secretHash), \(bind: millis), \(bind: createdBy))
                RETURNING id
                """).first()?.int64("id")
        })
        guard let id else { throw DatabaseError.missingResult }
        return APIClient(id: id, name: client.name, scopes: client.scopes, services: client.services, secretHash: secretHash,
                         createdAt: Clock.date(millis), createdBy: createdBy, revokedAt: nil)
    }

    public func client(id: Int64) async throws -> APIClient? {
        try await clients("WHERE id = \(bind: id)").first
    }

    public func all() async throws -> [APIClient] { try await clients("ORDER BY id") }

    public func revoke(id: Int64, at: Date) async throws -> Bool {
        try await database.write(returning: { db in
            try await db.raw("""
                UPDATE api_clients SET revoked_at = \(bind: Clock.millis(at)) WHERE id = \(bind: id) AND revoked_at IS NULL RETURNING id
                """).first() != nil
        })
    }

    private func clients(_ clause: SQLQueryString) async throws -> [APIClient] {
        let rows = try await database.read { db in
            try await db.raw("SELECT id, name, scopes, services, secret_hash, created_at, created_by, revoked_at FROM api_clients \(clause)").all()
        }
        return try rows.map { row in
            APIClient(
                id: try row.int64("id"), name: try row.string("name"),
                scopes: Set(try row.string("scopes").split(separator: ",").compactMap { APIScope(rawValue: String($0)) }),
                services: Set(try row.string("services").split(separator: ",").map(String.init)),
                secretHash: try row.string("secret_hash"), createdAt: Clock.date(try row.int64("created_at")),
                createdBy: try row.string("created_by"), revokedAt: try row.decode(column: "revoked_at", as: Int64?.self).map(Clock.date)
            )
        }
    }
}
