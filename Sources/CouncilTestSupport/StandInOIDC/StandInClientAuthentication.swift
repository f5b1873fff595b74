import Domain
import Foundation
import Integrations
import JWTKit

/// JWT claims as plain JSON, for the tokens the stand-in signs and the client assertions it checks.
struct StandInClaims: JWTPayload {
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

/// How `/token` decides which registered client is calling, as a real provider would.
enum StandInClientAuthentication {
    enum Outcome {
        case authenticated(clientID: String)
        case refused(String)
    }

    static let assertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"

    static func authenticate(form: [String: String], authorizationHeader: String?, provider: StandInOIDCProvider) async -> Outcome {
        if let header = authorizationHeader, header.lowercased().hasPrefix("basic ") {
            return basic(header: String(header.dropFirst(6)), provider: provider)
        }
        if form["client_assertion_type"] == assertionType, let assertion = form["client_assertion"] {
            return await privateKeyJWT(assertion: assertion, form: form, provider: provider)
        }
        return .refused("no client authentication")
    }

    /// RFC 6749 §2.3.1: base64 of the form-urlencoded id and secret joined by a colon.
    private static func basic(header: String, provider: StandInOIDCProvider) -> Outcome {
        guard let data = Data(base64Encoded: header.trimmingCharacters(in: .whitespaces)),
              let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":"),
              let id = FormEncoding.unescape(text[..<colon]), let secret = FormEncoding.unescape(text[text.index(after: colon)...])
        else { return .refused("malformed Basic credentials") }
        let client = provider.state.withLock { $0.clients[id] }
        guard case .secret(let expected) = client?.authentication, expected == secret else { return .refused("wrong client secret") }
        return .authenticated(clientID: id)
    }

    /// RFC 7523 §3: a JWT from the client about itself, for this token endpoint, unexpired, never used before.
    private static func privateKeyJWT(assertion: String, form: [String: String], provider: StandInOIDCProvider) async -> Outcome {
        let keys = JWTKeyCollection()
        guard let unverified = try? await keys.unverified(assertion, as: StandInClaims.self),
              let clientID = unverified.claims["iss"]?.stringValue else { return .refused("malformed client assertion") }
        let (client, tokenEndpoint) = provider.state.withLock { ($0.clients[clientID], $0.tokenEndpoint) }
        guard case .publicKey(let pem, let algorithm) = client?.authentication else { return .refused("client has no registered key") }
        do {
            switch algorithm {
            case .rs256: await keys.add(rsa: try Insecure.RSA.PublicKey(pem: pem), digestAlgorithm: .sha256)
            case .es256: await keys.add(ecdsa: try ES256PublicKey(pem: pem))
            }
        } catch {
            return .refused("registered key unreadable")
        }
        guard let claims = try? await keys.verify(assertion, as: StandInClaims.self).claims else {
            return .refused("client assertion signature does not verify")
        }
        let audiences: [String] = switch claims["aud"] {
        case .string(let single): [single]
        case .array(let many): many.compactMap(\.stringValue)
        default: []
        }
        guard claims["sub"]?.stringValue == clientID, form["client_id"].map({ $0 == clientID }) ?? true else {
            return .refused("client assertion sub or client_id is not the issuer")
        }
        guard audiences.contains(tokenEndpoint) else { return .refused("client assertion audience is not the token endpoint") }
        guard case .number(let expiry) = claims["exp"], expiry > Date().timeIntervalSince1970 else {
            return .refused("client assertion expired")
        }
        guard let jti = claims["jti"]?.stringValue,
              provider.state.withLock({ $0.usedAssertionIDs.insert(jti).inserted }) else {
            return .refused("client assertion jti missing or reused")
        }
        return .authenticated(clientID: clientID)
    }
}
