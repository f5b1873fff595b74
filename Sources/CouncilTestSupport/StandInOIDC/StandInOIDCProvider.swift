import Domain
import Foundation
import Hummingbird
import Integrations
import Logging
import ServiceLifecycle
import Synchronization

/// A small OpenID Connect provider on loopback for tests: discovery, JWKS, authorize, token and userinfo,
/// with switches that make it misbehave the ways real providers (or attackers) can.
///
/// `/authorize` has no pages: it redirects straight back with a code, as if the person had signed in as `user`.
///
/// ```swift
/// let provider = try await StandInOIDCProvider.start(clients: [.init(id: "council", secret: "s3cret")])
/// defer { Task { await provider.stop() } }   // or use `StandInOIDCProvider.with { … }`
/// provider.misbehave(.issueExpiredIDToken)
/// ```
public final class StandInOIDCProvider: Sendable {
    /// A relying party registered with the stand-in.
    public struct Client: Sendable {
        public enum Authentication: Sendable {
            case secret(String)
            case publicKey(pem: String, algorithm: OIDCProviderConfiguration.SigningAlgorithm)
        }

        public var id: String
        public var authentication: Authentication

        public init(id: String, authentication: Authentication) {
            self.id = id
            self.authentication = authentication
        }

        public init(id: String, secret: String) {
            self.init(id: id, authentication: .secret(secret))
        }

        public init(id: String, keyPair: StandInKeyGeneration.ClientKeyPair) {
            self.init(id: id, authentication: .publicKey(pem: keyPair.publicKeyPEM, algorithm: keyPair.algorithm))
        }
    }

    /// The person who "signs in" at `/authorize`.
    public struct User: Sendable, Equatable {
        public var subject: String
        public var email: String?
        public var emailVerified: Bool
        public var name: String?
        public var phoneNumber: String?
        public var phoneNumberVerified: Bool
        /// The OpenID Connect `address` claim's `street_address` (lines separated by newlines), `locality`, `postal_code`.
        public var streetAddress: String?
        public var locality: String?
        public var postalCode: String?

        public init(
            subject: String = "user-1234", email: String? = "pat.example@example.org", emailVerified: Bool = true,
            name: String? = "Pat Example", phoneNumber: String? = nil, phoneNumberVerified: Bool = false,
            streetAddress: String? = nil, locality: String? = nil, postalCode: String? = nil
        ) {
            self.subject = subject
            self.email = email
            self.emailVerified = emailVerified
            self.name = name
            self.phoneNumber = phoneNumber
            self.phoneNumberVerified = phoneNumberVerified
            self.streetAddress = streetAddress
            self.locality = locality
            self.postalCode = postalCode
        }
    }

    /// Ways to misbehave, each lasting until `behave()`.
    public enum Misbehaviour: Sendable, Hashable {
        /// Sign ID tokens with a key that has the published key's `kid` but is not the published key.
        case signWithUnpublishedKey
        /// Issue ID tokens that expired ten minutes ago.
        case issueExpiredIDToken
        /// Put another client's id in `aud`.
        case wrongAudience
        /// Put the nonce of an earlier authorization request in the ID token instead of the one just requested.
        case replayEarlierNonce
        /// Put another issuer in `iss`.
        case wrongIssuer
        /// Claim another issuer in the discovery document.
        case wrongDiscoveryIssuer
        /// Return a different `sub` from userinfo than in the ID token.
        case differentUserinfoSubject
        /// Issue an unsigned ID token (`alg: none`).
        case unsignedIDToken
        /// Sign with a key whose `kid` is never published.
        case signWithUnknownKeyID
        /// Send the person back with `error=access_denied`, as when they cancel.
        case denyAccess
    }

    /// What the stand-in has seen, for tests to assert on.
    public struct Counters: Sendable, Equatable {
        public var discoveryRequests = 0
        public var jwksRequests = 0
        public var authorizationRequests = 0
        public var tokenRequests = 0
        public var userinfoRequests = 0
    }

    let state: Mutex<StandInOIDCState>
    private let server: Mutex<StandInServer?> = Mutex(nil)

    init(clients: [Client]) {
        state = Mutex(StandInOIDCState(clients: clients))
    }

    /// `http://HOST:PORT`, which is also the issuer.
    public var baseURL: String { state.withLock { $0.baseURL } }
    public var issuer: String { baseURL }
    public var counters: Counters { state.withLock { $0.counters } }
    /// The query of the last `/authorize` request, decoded.
    public var lastAuthorizationRequest: [String: String] { state.withLock { $0.lastAuthorizationRequest } }
    /// The form of the last `/token` request, decoded (it holds codes and assertions: tests only).
    public var lastTokenRequest: [String: String] { state.withLock { $0.lastTokenRequest } }

    public func setUser(_ user: User) { state.withLock { $0.user = user } }
    public func misbehave(_ misbehaviour: Misbehaviour) { state.withLock { _ = $0.misbehaviours.insert(misbehaviour) } }
    public func behave() { state.withLock { $0.misbehaviours.removeAll() } }
    /// Which of the provider's published keys signs ID tokens from now on.
    public func signIDTokens(with algorithm: OIDCProviderConfiguration.SigningAlgorithm) { state.withLock { $0.idTokenAlgorithm = algorithm } }

    /// Publishes a new signing key and signs every ID token with it from now on, as a provider does when it rotates keys.
    public func rotateSigningKey() {
        let key = StandInSigningKey.p256(keyID: "stand-in-rotated-\(UUID().uuidString.prefix(8))")
        state.withLock { $0.rotatedKey = key }
    }

    // MARK: Running

    /// Starts a stand-in provider on `host:port` (port 0 picks a free one) and returns once it accepts connections.
    public static func start(host: String = "127.0.0.1", port: Int = 0, clients: [Client]) async throws -> StandInOIDCProvider {
        let provider = StandInOIDCProvider(clients: clients)
        let server = try await StandInServer.start(StandInOIDCRoutes.router(for: provider), host: host, port: port, label: "OpenID Connect provider")
        provider.state.withLock { $0.baseURL = server.baseURL }
        provider.server.withLock { $0 = server }
        return provider
    }

    /// Stops the server and waits for it to finish.
    public func stop() async {
        await server.withLock { $0 }?.stop()
    }

    /// Runs `body` with a started provider and stops it afterwards, whether `body` throws or not.
    public static func with<T: Sendable>(clients: [Client], _ body: (StandInOIDCProvider) async throws -> T) async throws -> T {
        let provider = try await start(clients: clients)
        do {
            let result = try await body(provider)
            await provider.stop()
            return result
        } catch {
            await provider.stop()
            throw error
        }
    }
}
