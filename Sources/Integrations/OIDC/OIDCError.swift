/// Why a sign-in with an OpenID Connect provider failed.
///
/// `userMessage(providerName:)` is for the error page; `logDescription` is for the log. Neither ever contains
/// a token, an authorization code, a secret, or text chosen by whoever sent the callback beyond a short, cleaned
/// error code.
public enum OIDCError: Error, Sendable, Equatable {
    /// The configuration could not be turned into a working client (for example an unreadable private key).
    case invalidConfiguration(String)
    /// The callback is for a different provider than the sign-in that was started.
    case providerMismatch
    /// The sign-in was started too long ago to finish safely.
    case signInTimedOut
    /// The callback's `state` is missing or is not the one this browser's sign-in sent.
    case stateMismatch
    /// The provider sent the user back with an OAuth `error` (for example `access_denied` when they cancel).
    case providerError(code: String, description: String?)
    /// The callback has no authorization code.
    case missingCode
    /// The discovery document could not be fetched or does not describe this issuer.
    case discoveryFailed(String)
    /// The provider's signing keys could not be fetched or read.
    case keysUnavailable(String)
    /// The token endpoint refused the code or the client's credentials.
    case tokenRequestFailed(status: Int, error: String?)
    /// The provider could not be reached in time.
    case providerUnreachable(endpoint: String)
    /// A response from the provider was not what the protocol requires.
    case malformedResponse(String)
    /// The ID token is signed with an algorithm the platform does not accept (`none`, HS256, …).
    case unsupportedAlgorithm(String)
    /// The ID token names a signing key the provider does not publish, even after fetching its keys again.
    case unknownKey
    /// The ID token's signature does not verify with the provider's key.
    case invalidSignature
    /// The ID token was issued by someone other than the configured issuer.
    case wrongIssuer
    /// The ID token was not issued to this client.
    case wrongAudience
    /// The ID token has expired.
    case expired
    /// The ID token claims to be issued (or valid from) a time too far in the future.
    case notYetValid
    /// The ID token's nonce is not the one this sign-in sent: a replayed or injected token.
    case nonceMismatch
    /// The userinfo endpoint failed.
    case userinfoFailed(status: Int)
    /// The userinfo response is about a different person than the ID token.
    case userinfoMismatch
}

extension OIDCError {
    /// Plain English for the person signing in; says what to do next and nothing about internals.
    public func userMessage(providerName: String) -> String {
        switch self {
        case .providerError(code: "access_denied", _):
            "You did not finish signing in with \(providerName). You can try again, or continue without signing in."
        case .providerError(code: "temporarily_unavailable", _), .providerUnreachable, .discoveryFailed, .keysUnavailable:
            "\(providerName) is not available at the moment. Please try again later."
        case .signInTimedOut, .stateMismatch, .providerMismatch:
            "Your sign-in with \(providerName) could not be matched to this browser, or took too long. Please start again."
        case .invalidConfiguration:
            "Signing in with \(providerName) is not working at the moment. Please try again later or contact the council."
        default:
            "We could not confirm your sign-in with \(providerName). Please try again."
        }
    }

    /// A short description for the operator's log: the failure and safe detail, never tokens, codes or secrets.
    public var logDescription: String {
        switch self {
        case .invalidConfiguration(let detail): "invalid provider configuration: \(detail)"
        case .providerMismatch: "callback does not belong to the provider of the pending sign-in"
        case .signInTimedOut: "pending sign-in is too old"
        case .stateMismatch: "state parameter missing or does not match the pending sign-in"
        case .providerError(let code, let description):
            "provider returned error \(Self.clean(code))" + (description.map { ": \(Self.clean($0))" } ?? "")
        case .missingCode: "callback has no authorization code"
        case .discoveryFailed(let detail): "discovery failed: \(detail)"
        case .keysUnavailable(let detail): "JWKS unavailable: \(detail)"
        case .tokenRequestFailed(let status, let error):
            "token request failed with HTTP \(status)" + (error.map { " (\(Self.clean($0)))" } ?? "")
        case .providerUnreachable(let endpoint): "could not reach the \(endpoint) endpoint in time"
        case .malformedResponse(let detail): "malformed response: \(detail)"
        case .unsupportedAlgorithm(let alg): "ID token uses unsupported algorithm \(Self.clean(alg))"
        case .unknownKey: "ID token signed with a key id not in the provider's JWKS"
        case .invalidSignature: "ID token signature does not verify"
        case .wrongIssuer: "ID token issuer does not match the configured issuer"
        case .wrongAudience: "ID token audience or azp does not include this client"
        case .expired: "ID token has expired"
        case .notYetValid: "ID token issued in the future"
        case .nonceMismatch: "ID token nonce does not match the pending sign-in"
        case .userinfoFailed(let status): "userinfo request failed with HTTP \(status)"
        case .userinfoMismatch: "userinfo sub differs from the ID token sub"
        }
    }

    /// Text that came from outside, cut short and reduced to printable ASCII so it cannot forge log lines.
    static func clean(_ text: String, limit: Int = 120) -> String {
        let printable = text.unicodeScalars.map { (0x20...0x7E).contains($0.value) ? Character($0) : "?" }
        let cut = String(printable.prefix(limit))
        return printable.count > limit ? cut + "…" : cut
    }
}
