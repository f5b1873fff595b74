import Foundation

/// What the platform must remember between sending someone to the provider and their return, kept server-side
/// in their session. Every field is needed to finish the sign-in; `state`, `nonce` and `codeVerifier` are secrets.
public struct PendingSignIn: Sendable, Equatable {
    public var providerID: String
    public var state: String
    public var nonce: String
    public var codeVerifier: String
    public var redirectURI: String
    public var createdAt: Date

    public init(providerID: String, state: String, nonce: String, codeVerifier: String, redirectURI: String, createdAt: Date) {
        self.providerID = providerID
        self.state = state
        self.nonce = nonce
        self.codeVerifier = codeVerifier
        self.redirectURI = redirectURI
        self.createdAt = createdAt
    }
}
