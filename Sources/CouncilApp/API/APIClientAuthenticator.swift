import Domain
import Hummingbird

/// Finds the API client a request's `Authorization: Bearer` token belongs to.
struct APIClientAuthenticator: Sendable {
    let clients: any APIClientRepository

    /// The live client whose token the request carries; nil for a missing, malformed, unknown, revoked or wrong one.
    func client(for request: Request) async throws -> APIClient? {
        guard let credential = Self.credential(request) else { return nil }
        guard let client = try await clients.client(id: credential.clientID), !client.isRevoked else { return nil }
        return APISecret.matches(credential.secret, hash: client.secretHash) ? client : nil
    }

    static func credential(_ request: Request) -> APICredential? {
        BearerToken.presented(in: request).flatMap { APICredential(token: $0) }
    }
}

/// How a client's secret is kept: SHA-256, hex. The secret is 258 random bits, so a fast hash is enough (nothing to
/// guess from it); a slow one like bcrypt would only make every API call cost a few milliseconds of CPU.
enum APISecret {
    static func hash(_ secret: String) -> String { TokenHash.of(secret) }

    /// Compares the hashes in time that does not depend on where they differ.
    static func matches(_ secret: String, hash stored: String) -> Bool {
        let presented = Array(hash(secret).utf8)
        let expected = Array(stored.utf8)
        guard presented.count == expected.count else { return false }
        var difference: UInt8 = 0
        for index in presented.indices { difference |= presented[index] ^ expected[index] }
        return difference == 0
    }
}
