import Foundation
import CryptoExtras
import Domain
import Integrations
import JWTKit

/// A signing key the stand-in provider holds: its JWK id, and the private key.
public struct StandInSigningKey: Sendable {
    public enum Material: Sendable {
        case rsa(JWTKit.Insecure.RSA.PrivateKey)
        case p256(ES256PrivateKey)
    }

    public var keyID: String
    public var material: Material

    public var algorithm: OIDCProviderConfiguration.SigningAlgorithm {
        switch material {
        case .rsa: .rs256
        case .p256: .es256
        }
    }

    /// The public half as a JWK for the JWKS document.
    var publicJWK: JSONValue {
        switch material {
        case .rsa(let key):
            // Primitives of a key this process generated: reading them back cannot fail.
            let primitives = try? key.publicKey.getKeyPrimitives()
            return .object([
                "kty": .string("RSA"), "use": .string("sig"), "alg": .string("RS256"), "kid": .string(keyID),
                "n": .string(Self.base64URL(primitives?.modulus ?? Data())),
                "e": .string(Self.base64URL(primitives?.publicExponent ?? Data())),
            ])
        case .p256(let key):
            let parameters = key.publicKey.parameters
            return .object([
                "kty": .string("EC"), "use": .string("sig"), "alg": .string("ES256"), "kid": .string(keyID), "crv": .string("P-256"),
                "x": .string(parameters?.x ?? ""), "y": .string(parameters?.y ?? ""),
            ])
        }
    }

    /// A key collection that signs with this key under `keyID`.
    func keyCollection() async -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        switch material {
        case .rsa(let key): await keys.add(rsa: key, digestAlgorithm: .sha256, kid: JWKIdentifier(string: keyID))
        case .p256(let key): await keys.add(ecdsa: key, kid: JWKIdentifier(string: keyID))
        }
        return keys
    }

    static func base64URL(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// A fresh 2048-bit RSA key.
    public static func rsa(keyID: String) -> StandInSigningKey {
        StandInSigningKey(keyID: keyID, material: .rsa(StandInKeyGeneration.rsaPrivateKey()))
    }

    /// A fresh P-256 key.
    public static func p256(keyID: String) -> StandInSigningKey {
        StandInSigningKey(keyID: keyID, material: .p256(ES256PrivateKey()))
    }
}

/// Key pairs for tests: generated once per test process, because RSA generation is slow in debug builds.
public enum StandInKeyGeneration {
    static func rsaPrivateKey() -> JWTKit.Insecure.RSA.PrivateKey {
        // Generating and wrapping a 2048-bit key cannot fail short of the process being out of memory.
        do {
            return try JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
        } catch {
            fatalError("could not generate an RSA key for the stand-in provider: \(error)")
        }
    }

    /// A client key pair in PEM form: the private half for the relying party's configuration,
    /// the public half for registering the client with the stand-in provider.
    public struct ClientKeyPair: Sendable {
        public var privateKeyPEM: String
        public var publicKeyPEM: String
        public var algorithm: OIDCProviderConfiguration.SigningAlgorithm
    }

    public static let clientRS256: ClientKeyPair = {
        let key = rsaPrivateKey()
        return ClientKeyPair(privateKeyPEM: key.pemRepresentation, publicKeyPEM: key.publicKey.pemRepresentation, algorithm: .rs256)
    }()

    public static func clientES256() -> ClientKeyPair {
        let key = ES256PrivateKey()
        return ClientKeyPair(privateKeyPEM: key.pemRepresentation, publicKeyPEM: key.publicKey.pemRepresentation, algorithm: .es256)
    }

    /// The provider's own RSA keys: one published in its JWKS, one never published (for bad signatures).
    static let providerRSA = StandInSigningKey.rsa(keyID: "stand-in-rsa-1")
    static let unpublishedRSA = StandInSigningKey(keyID: "stand-in-rsa-1", material: .rsa(rsaPrivateKey()))
}
