import Foundation
import Integrations

/// Everything the stand-in provider remembers, behind one lock.
struct StandInOIDCState: Sendable {
    /// What `/authorize` granted, waiting to be exchanged once at `/token`.
    struct AuthorizationCode: Sendable {
        var clientID: String
        var redirectURI: String
        var nonce: String?
        var codeChallenge: String
        var scope: String
    }

    struct AccessToken: Sendable {
        var clientID: String
        var subject: String
    }

    var clients: [String: StandInOIDCProvider.Client]
    var baseURL = ""
    var user = StandInOIDCProvider.User()
    var misbehaviours: Set<StandInOIDCProvider.Misbehaviour> = []
    var idTokenAlgorithm: OIDCProviderConfiguration.SigningAlgorithm = .rs256
    var rotatedKey: StandInSigningKey?
    let ecKey = StandInSigningKey.p256(keyID: "stand-in-ec-1")

    var codes: [String: AuthorizationCode] = [:]
    var accessTokens: [String: AccessToken] = [:]
    /// Every nonce `/authorize` has been sent, oldest first, for replaying an earlier one.
    var nonces: [String] = []
    /// Client assertion `jti`s already used, which may not be used again.
    var usedAssertionIDs: Set<String> = []

    var counters = StandInOIDCProvider.Counters()
    var lastAuthorizationRequest: [String: String] = [:]
    var lastTokenRequest: [String: String] = [:]

    init(clients: [StandInOIDCProvider.Client]) {
        self.clients = Dictionary(clients.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    var tokenEndpoint: String { baseURL + "/token" }

    /// The keys the JWKS publishes.
    var publishedKeys: [StandInSigningKey] {
        [StandInKeyGeneration.providerRSA, ecKey] + [rotatedKey].compactMap { $0 }
    }

    /// The key ID tokens are signed with now, given the misbehaviours.
    var idTokenSigningKey: StandInSigningKey {
        if misbehaviours.contains(.signWithUnpublishedKey) {
            return idTokenAlgorithm == .rs256
                ? StandInKeyGeneration.unpublishedRSA
                : StandInSigningKey(keyID: ecKey.keyID, material: StandInSigningKey.p256(keyID: "unused").material)
        }
        if misbehaviours.contains(.signWithUnknownKeyID) {
            return StandInSigningKey.p256(keyID: "never-published")
        }
        if let rotatedKey { return rotatedKey }
        return idTokenAlgorithm == .rs256 ? StandInKeyGeneration.providerRSA : ecKey
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return StandInSigningKey.base64URL((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }
}
