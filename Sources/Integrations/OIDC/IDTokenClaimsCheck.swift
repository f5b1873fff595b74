import Domain
import Foundation

/// The checks OpenID Connect Core §3.1.3.7 asks of an ID token's claims once its signature is known good.
struct IDTokenClaimsCheck {
    var issuer: String
    var clientID: String
    var nonce: String
    var now: Date
    /// How far the provider's clock may be from ours.
    var clockSkew: TimeInterval = 60

    /// Returns the token's subject when every check passes; otherwise throws the first failure.
    func validate(_ claims: [String: JSONValue]) throws(OIDCError) -> String {
        guard claims["iss"]?.stringValue == issuer else { throw .wrongIssuer }

        let audiences: [String]
        switch claims["aud"] {
        case .string(let single): audiences = [single]
        case .array(let many): audiences = many.compactMap(\.stringValue)
        default: throw .wrongAudience
        }
        guard audiences.contains(clientID) else { throw .wrongAudience }
        // With several audiences the token must say it was issued to us (azp); when azp is present it must be us.
        if let azp = claims["azp"] {
            guard azp.stringValue == clientID else { throw .wrongAudience }
        } else if audiences.count > 1 {
            throw .wrongAudience
        }

        guard case .number(let expiry) = claims["exp"] else { throw .malformedResponse("ID token has no exp") }
        guard now.timeIntervalSince1970 < expiry + clockSkew else { throw .expired }
        guard case .number(let issuedAt) = claims["iat"] else { throw .malformedResponse("ID token has no iat") }
        guard issuedAt <= now.timeIntervalSince1970 + clockSkew else { throw .notYetValid }
        if case .number(let notBefore) = claims["nbf"], notBefore > now.timeIntervalSince1970 + clockSkew {
            throw .notYetValid
        }

        guard let tokenNonce = claims["nonce"]?.stringValue, ConstantTime.equals(tokenNonce, nonce) else {
            throw .nonceMismatch
        }
        guard let subject = claims["sub"]?.stringValue, !subject.isEmpty, subject.count <= 255 else {
            throw .malformedResponse("ID token has no usable sub")
        }
        return subject
    }
}
