import Foundation
import JWTKit

/// How a token request proves the platform is the registered client, ready to use: the private key
/// parsed once, when the client is made, so a bad key fails at start-up rather than at someone's sign-in.
struct ClientCredentials: Sendable {
    enum SigningKey: Sendable {
        case rsa(Insecure.RSA.PrivateKey)
        case p256(ES256PrivateKey)
    }

    enum Method: Sendable {
        case basic(secret: String)
        case privateKeyJWT(SigningKey, keyID: String?)
    }

    let clientID: String
    let method: Method

    init(clientID: String, authentication: OIDCProviderConfiguration.ClientAuthentication) throws(OIDCError) {
        self.clientID = clientID
        switch authentication {
        case .clientSecretBasic(let secret):
            method = .basic(secret: secret)
        case .privateKeyJWT(let pem, let algorithm, let keyID):
            method = .privateKeyJWT(try Self.signingKey(pem: pem, algorithm: algorithm), keyID: keyID)
        }
    }

    /// Parses a PEM private key for `algorithm`; the message says what is wrong without quoting the key.
    static func signingKey(pem: String, algorithm: OIDCProviderConfiguration.SigningAlgorithm) throws(OIDCError) -> SigningKey {
        switch algorithm {
        case .rs256:
            guard let key = try? Insecure.RSA.PrivateKey(pem: pem) else {
                throw .invalidConfiguration("the private key is not an RSA private key in PEM form (2048 bits or more)")
            }
            return .rsa(key)
        case .es256:
            guard let key = try? ES256PrivateKey(pem: pem) else {
                throw .invalidConfiguration("the private key is not a P-256 EC private key in PEM form")
            }
            return .p256(key)
        }
    }

    /// The `Authorization` header value's credentials part and the extra form fields for a token request.
    func authentication(tokenEndpoint: String, now: Date) async throws(OIDCError) -> (basic: String?, form: [(String, String)]) {
        switch method {
        case .basic(let secret):
            // RFC 6749 §2.3.1: the id and secret are form-urlencoded before being joined and base64-encoded.
            let joined = FormEncoding.escape(clientID) + ":" + FormEncoding.escape(secret)
            return (Data(joined.utf8).base64EncodedString(), [])
        case .privateKeyJWT(let key, let keyID):
            let assertion = try await signedAssertion(key: key, keyID: keyID, audience: tokenEndpoint, now: now)
            return (nil, [
                ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                ("client_assertion", assertion),
            ])
        }
    }

    /// The JWT of RFC 7523 §3: issued by and about the client, for the token endpoint, valid five minutes, used once.
    private func signedAssertion(key: SigningKey, keyID: String?, audience: String, now: Date) async throws(OIDCError) -> String {
        let issuedAt = Int(now.timeIntervalSince1970)
        let claims = ClientAssertionClaims(
            iss: clientID, sub: clientID, aud: audience, jti: SecureRandom.token(), iat: issuedAt, exp: issuedAt + 300
        )
        let keys = JWTKeyCollection()
        let kid = keyID.map { JWKIdentifier(string: $0) }
        switch key {
        case .rsa(let key): await keys.add(rsa: key, digestAlgorithm: .sha256, kid: kid)
        case .p256(let key): await keys.add(ecdsa: key, kid: kid)
        }
        do {
            return try await keys.sign(claims, kid: kid)
        } catch {
            throw .invalidConfiguration("could not sign the client assertion with the configured key")
        }
    }
}

struct ClientAssertionClaims: JWTPayload, Equatable {
    var iss: String
    var sub: String
    var aud: String
    var jti: String
    var iat: Int
    var exp: Int

    /// The provider checks these claims; the platform only makes them.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
