import Domain
import Foundation

/// API clients as the admin page and the command line manage them alike: creating one (checks the request, makes the
/// secret, stores only its hash, hands the token back once), listing them, revoking one; every change audited.
public struct APIClientRegistry: Sendable {
    private let clients: any APIClientRepository
    private let audit: any AuditLog
    private let services: any ServiceRepository

    init(clients: any APIClientRepository, audit: any AuditLog, services: any ServiceRepository) {
        self.clients = clients
        self.audit = audit
        self.services = services
    }

    public struct Issued: Sendable {
        public var client: APIClient
        /// The bearer token; shown once, never stored.
        public var token: String
    }

    /// Creates the client, or returns every problem with the request.
    public func issue(name: String, scopes: [String], services: [String], by actor: Actor, ipAddress: String? = nil,
                      at: Date = Date()) async throws -> Result<Issued, APIClientProblems> {
        // Any service with a version, scheduled ones included: a client may be set up before its service opens.
        let published = Set(try await self.services.currentVersions(at: .distantFuture).map(\.slug))
        let checked: NewAPIClient
        switch NewAPIClient.checked(name: name, scopes: scopes, services: services, published: published) {
        case .failure(let problems): return .failure(problems)
        case .success(let client): checked = client
        }
        let secret = APICredential.newSecret()
        let client = try await clients.create(checked, secretHash: APISecret.hash(secret), createdBy: actor.recorded, at: at)
        try await audit.record(AuditEntry(
            at: at, actor: actor, action: .adminAPIClientCreated, subject: client.actor.recorded,
            detail: "\(client.name): \(client.scopes.sorted().map(\.rawValue).joined(separator: " "))"
                + (client.services.isEmpty ? "" : " for \(client.services.sorted().joined(separator: ", "))"),
            ipAddress: ipAddress
        ))
        return .success(Issued(client: client, token: APICredential(clientID: client.id, secret: secret).token))
    }

    public func all() async throws -> [APIClient] { try await clients.all() }

    /// Revokes the client: its token stops working at once. False if there is no such client or it was revoked already.
    public func revoke(id: Int64, by actor: Actor, ipAddress: String? = nil, at: Date = Date()) async throws -> Bool {
        guard try await clients.revoke(id: id, at: at) else { return false }
        try await audit.record(AuditEntry(at: at, actor: actor, action: .adminAPIClientRevoked, subject: "api-client:\(id)", ipAddress: ipAddress))
        return true
    }
}
