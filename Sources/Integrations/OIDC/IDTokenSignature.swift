import Domain
import Foundation
import JWTKit

/// The claims of a JWT as a plain JSON object. Claim checks are done by `IDTokenClaimsCheck`,
/// which reports each failure as its own `OIDCError`, so jwt-kit's own claim hook does nothing.
struct JSONClaims: JWTPayload {
    var claims: [String: JSONValue]

    init(_ claims: [String: JSONValue]) { self.claims = claims }

    init(from decoder: any Decoder) throws {
        claims = try decoder.singleValueContainer().decode([String: JSONValue].self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(claims)
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// The protected header of a compact JWS, read before any key is chosen.
struct JOSEHeader: Decodable {
    var alg: String?
    var kid: String?
    var crit: [String]?

    /// Reads the header of `token` without trusting it: only to pick the key and refuse bad algorithms.
    static func read(from token: String) throws(OIDCError) -> JOSEHeader {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let data = Base64URL.decode(parts[0]) else {
            throw .malformedResponse("ID token is not a compact JWS")
        }
        do {
            return try JSONDecoder().decode(JOSEHeader.self, from: data)
        } catch {
            throw .malformedResponse("ID token header is not JSON")
        }
    }

    /// The algorithm, if it is one the platform accepts. `none` and the HMAC family (which would make the
    /// client secret a signing key) are refused outright, as is any header with critical extensions.
    func acceptedAlgorithm() throws(OIDCError) -> OIDCProviderConfiguration.SigningAlgorithm {
        guard let alg, let algorithm = OIDCProviderConfiguration.SigningAlgorithm(rawValue: alg) else {
            throw .unsupportedAlgorithm(alg ?? "missing")
        }
        if let crit, !crit.isEmpty { throw .malformedResponse("ID token header has critical extensions") }
        return algorithm
    }
}

/// Checks a JWT's signature with one provider key.
enum JWSVerification {
    static func verify(_ token: String, with entry: ProviderSigningKeys.Entry) async throws(OIDCError) -> [String: JSONValue] {
        let keys = JWTKeyCollection()
        let kid = entry.keyID.map { JWKIdentifier(string: $0) }
        switch entry.key {
        case .rsa(let key): await keys.add(rsa: key, digestAlgorithm: .sha256, kid: kid)
        case .p256(let key): await keys.add(ecdsa: key, kid: kid)
        }
        do {
            return try await keys.verify(token, as: JSONClaims.self).claims
        } catch let error as JWTError where error.errorType == .malformedToken {
            throw .malformedResponse("ID token payload is not a JSON object")
        } catch {
            // A failed check, and a signature of the wrong shape for the key (say an ECDSA signature that is not 64 bytes).
            throw .invalidSignature
        }
    }
}
