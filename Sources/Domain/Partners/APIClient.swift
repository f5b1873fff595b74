import Foundation

/// What an API client may do. A client holds only the scopes an administrator gave it.
public enum APIScope: String, Sendable, CaseIterable, Comparable {
    case servicesRead = "services:read"
    case submissionsCreate = "submissions:create"
    case casesRead = "cases:read"
    case casesWrite = "cases:write"

    public static func < (lhs: APIScope, rhs: APIScope) -> Bool { lhs.rawValue < rhs.rawValue }

    public var summary: String {
        switch self {
        case .servicesRead: "read the service catalogue and definitions"
        case .submissionsCreate: "make submissions"
        case .casesRead: "list and read cases and poll their events"
        case .casesWrite: "change case statuses and add notes"
        }
    }
}

/// A partner or council system allowed to call the API, with its scopes and, optionally, the services it is kept to.
public struct APIClient: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var scopes: Set<APIScope>
    /// The services it may reach; empty means every service.
    public var services: Set<String>
    /// SHA-256 of the secret, hex; the secret itself is never stored.
    public var secretHash: String
    public var createdAt: Date
    public var createdBy: String
    public var revokedAt: Date?

    public init(id: Int64, name: String, scopes: Set<APIScope>, services: Set<String>, secretHash: String, createdAt: Date,
                createdBy: String, revokedAt: Date?) {
        self.id = id
        self.name = name
        self.scopes = scopes
        self.services = services
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.revokedAt = revokedAt
    }

    /// `api-client:7`, as the audit trail and case timelines name it.
    public var actor: Actor { .apiClient(id) }

    public var isRevoked: Bool { revokedAt != nil }

    public func mayReach(service slug: String) -> Bool { services.isEmpty || services.contains(slug) }

    /// Of `slugs`, the ones this client may reach.
    public func reachable(_ slugs: some Sequence<String>) -> Set<String> {
        services.isEmpty ? Set(slugs) : services.intersection(slugs)
    }
}

/// The bearer token a client presents: `occ_<client id>_<secret>`. The id finds the client; the secret is checked
/// against its stored hash in constant time.
public struct APICredential: Sendable, Equatable {
    public static let prefix = "occ_"
    /// 43 characters of 6 bits: 258 random bits.
    public static let secretLength = 43

    public var clientID: Int64
    public var secret: String

    public init(clientID: Int64, secret: String) {
        self.clientID = clientID
        self.secret = secret
    }

    /// A new secret for a client.
    public static func newSecret() -> String { Token.random(length: secretLength) }

    public var token: String { "\(Self.prefix)\(clientID)_\(secret)" }

    /// Parses a presented token; nil for anything not of the form (the caller answers 401 either way).
    public init?(token: some StringProtocol) {
        guard token.hasPrefix(Self.prefix) else { return nil }
        let rest = token.dropFirst(Self.prefix.count)
        guard let separator = rest.firstIndex(of: "_"), let id = Int64(rest[..<separator]), id > 0 else { return nil }
        let secret = rest[rest.index(after: separator)...]
        guard secret.utf8.count == Self.secretLength else { return nil }
        self.init(clientID: id, secret: String(secret))
    }
}

/// What goes wrong creating a client, in words for the form or the command line.
public enum APIClientProblem: Error, Equatable, CustomStringConvertible {
    case nameMissing
    case nameTooLong
    case noScopes
    case unknownScope(String)
    case unknownService(String)

    public var description: String {
        switch self {
        case .nameMissing: "Enter a name for the client"
        case .nameTooLong: "The name must be 100 characters or fewer"
        case .noScopes: "Select at least one scope"
        case .unknownScope(let scope): "\(scope) is not a scope; use \(APIScope.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownService(let slug): "There is no published service called \(slug)"
        }
    }

    /// The form field the problem belongs to.
    public var field: String {
        switch self {
        case .nameMissing, .nameTooLong: "name"
        case .noScopes, .unknownScope: "scopes"
        case .unknownService: "services"
        }
    }
}

/// A client about to be created, checked.
public struct NewAPIClient: Sendable, Equatable {
    public var name: String
    public var scopes: Set<APIScope>
    public var services: Set<String>

    /// Checks the name, scopes and services (against the published ones); every problem at once.
    public static func checked(name rawName: String, scopes rawScopes: [String], services: [String], published: Set<String>)
        -> Result<NewAPIClient, APIClientProblems> {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [APIClientProblem] = []
        if name.isEmpty { problems.append(.nameMissing) } else if name.count > 100 { problems.append(.nameTooLong) }
        var scopes: Set<APIScope> = []
        for raw in rawScopes where !raw.isEmpty {
            if let scope = APIScope(rawValue: raw) { scopes.insert(scope) } else { problems.append(.unknownScope(raw)) }
        }
        if scopes.isEmpty, !problems.contains(where: { $0.field == "scopes" }) { problems.append(.noScopes) }
        let chosen = Set(services.filter { !$0.isEmpty })
        for slug in chosen.sorted() where !published.contains(slug) { problems.append(.unknownService(slug)) }
        guard problems.isEmpty else { return .failure(APIClientProblems(problems: problems)) }
        return .success(NewAPIClient(name: name, scopes: scopes, services: chosen))
    }
}

public struct APIClientProblems: Error, Equatable {
    public var problems: [APIClientProblem]
}

public protocol APIClientRepository: Sendable {
    /// Stores the client with the hash of its secret; returns it with its id.
    func create(_ client: NewAPIClient, secretHash: String, createdBy: String, at: Date) async throws -> APIClient
    func client(id: Int64) async throws -> APIClient?
    func all() async throws -> [APIClient]
    /// Revokes the client; false if there is no such client or it was already revoked.
    func revoke(id: Int64, at: Date) async throws -> Bool
}
