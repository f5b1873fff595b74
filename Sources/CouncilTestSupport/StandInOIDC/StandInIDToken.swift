import Domain
import Foundation
import Integrations
import JWTKit

/// Everything needed to sign one ID token, worked out under the stand-in's lock and signed outside it.
struct IDTokenPlan: Sendable {
    var claims: [String: JSONValue]
    var key: StandInSigningKey
    var unsigned: Bool
    var accessToken: String

    static func make(for grant: StandInOIDCState.AuthorizationCode, clientID: String, state: StandInOIDCState) -> IDTokenPlan {
        let misbehaviours = state.misbehaviours
        let now = Date().timeIntervalSince1970.rounded(.down)
        var claims: [String: JSONValue] = [
            "iss": .string(misbehaviours.contains(.wrongIssuer) ? "https://impostor.example" : state.baseURL),
            "sub": .string(state.user.subject),
            "aud": .string(misbehaviours.contains(.wrongAudience) ? "another-client" : clientID),
            "iat": .number(misbehaviours.contains(.issueExpiredIDToken) ? now - 900 : now),
            "exp": .number(misbehaviours.contains(.issueExpiredIDToken) ? now - 600 : now + 300),
            "auth_time": .number(now),
        ]
        if misbehaviours.contains(.replayEarlierNonce) {
            let earlier = state.nonces.first { $0 != grant.nonce } ?? "no-earlier-nonce"
            claims["nonce"] = .string(earlier)
        } else if let nonce = grant.nonce {
            claims["nonce"] = .string(nonce)
        }
        if grant.scope.split(separator: " ").contains("email"), let email = state.user.email {
            claims["email"] = .string(email)
            claims["email_verified"] = .bool(state.user.emailVerified)
        }
        return IDTokenPlan(
            claims: claims, key: state.idTokenSigningKey, unsigned: misbehaviours.contains(.unsignedIDToken),
            accessToken: StandInOIDCState.randomToken()
        )
    }

    func signedToken() async throws -> String {
        if unsigned {
            let encoder = JSONEncoder()
            let header = StandInSigningKey.base64URL(Data(#"{"alg":"none","typ":"JWT"}"#.utf8))
            let payload = StandInSigningKey.base64URL(try encoder.encode(claims))
            return "\(header).\(payload)."
        }
        return try await key.keyCollection().sign(StandInClaims(claims), kid: JWKIdentifier(string: key.keyID))
    }
}

extension StandInOIDCProvider.User {
    /// The claims userinfo returns: all of them, the address in the OpenID Connect `address` shape.
    var userinfoClaims: [String: JSONValue] {
        var claims: [String: JSONValue] = ["sub": .string(subject)]
        if let email {
            claims["email"] = .string(email)
            claims["email_verified"] = .bool(emailVerified)
        }
        if let name { claims["name"] = .string(name) }
        if let phoneNumber {
            claims["phone_number"] = .string(phoneNumber)
            claims["phone_number_verified"] = .bool(phoneNumberVerified)
        }
        var address: [String: JSONValue] = [:]
        if let streetAddress { address["street_address"] = .string(streetAddress) }
        if let locality { address["locality"] = .string(locality) }
        if let postalCode { address["postal_code"] = .string(postalCode) }
        if !address.isEmpty { claims["address"] = .object(address) }
        return claims
    }
}
