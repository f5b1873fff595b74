import Crypto
import Foundation

/// A GOV.UK Notify API key: `{key name}-{service id}-{secret}`, where the service id and secret are UUIDs. Requests
/// carry a JWT signed with the secret (HS256), issued by the service id, and dated now.
public struct NotifyAPIKey: Sendable, Equatable {
    public let name: String
    public let serviceID: String
    let secret: String

    public init(_ text: String) throws(NotifyError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // The two UUIDs are 36 characters each and the name may contain hyphens, so read from the end.
        guard trimmed.count > 74 else { throw .invalidKey }
        let secret = String(trimmed.suffix(36))
        let rest = trimmed.dropLast(37)
        let serviceID = String(rest.suffix(36))
        let name = String(rest.dropLast(37))
        guard UUID(uuidString: secret) != nil, UUID(uuidString: serviceID) != nil, !name.isEmpty,
              trimmed.dropLast(36).hasSuffix("-"), rest.dropLast(36).hasSuffix("-") else { throw .invalidKey }
        self.name = name
        self.serviceID = serviceID
        self.secret = secret
    }

    /// The bearer token for a request made at `now`.
    public func token(at now: Date) -> String {
        let header = Base64URL.encode(Array(#"{"typ":"JWT","alg":"HS256"}"#.utf8))
        let claims = Base64URL.encode(Array(#"{"iss":"\#(serviceID)","iat":\#(Int(now.timeIntervalSince1970))}"#.utf8))
        let signature = HMAC<SHA256>.authenticationCode(for: Data("\(header).\(claims)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "\(header).\(claims).\(Base64URL.encode(Data(signature)))"
    }
}

public enum NotifyError: Error, Equatable, CustomStringConvertible {
    case invalidKey
    /// Notify refused the request as it is (400: a bad address, a missing personalisation field, …).
    case rejected(status: Int, reason: String)
    /// The key or token was refused (403).
    case unauthorised(reason: String)
    /// Too many requests (429): slow down and try again.
    case rateLimited
    /// Notify or the network failed (5xx, timeout): try again.
    case unavailable(String)

    /// Whether trying again later can succeed.
    public var isTemporary: Bool {
        switch self {
        case .rateLimited, .unavailable: true
        case .invalidKey, .rejected, .unauthorised: false
        }
    }

    public var description: String {
        switch self {
        case .invalidKey: "the Notify API key is not in the form name-serviceid-secret"
        case .rejected(let status, let reason): "Notify refused the message (\(status)): \(reason)"
        case .unauthorised(let reason): "Notify refused the API key (403): \(reason). Check ONECOUNCIL_NOTIFY_API_KEY (a live or team key of this service) and the server's clock"
        case .rateLimited: "Notify's rate limit was reached"
        case .unavailable(let reason): "Notify could not be reached: \(reason)"
        }
    }
}
