import Domain

/// A sign-in through an identity provider that did not end in a session, saying what to do next.
public struct ProviderSignInFailedPage: PageModel {
    public enum Reason: Sendable, CaseIterable {
        /// The person stopped at the provider.
        case cancelled
        case providerUnavailable
        /// The callback did not belong to a sign-in this browser started, or came too late.
        case notMatched
        case misconfigured
        case notConfirmed
        /// A citizen's provider vouched for no email address.
        case noVerifiedEmail
        /// A member of staff's provider account is linked to no staff account.
        case staffAccountNotLinked
    }

    public var layout: LayoutModel
    public var reason: Reason
    /// The provider's name, as it calls itself.
    public var provider: String
    /// Citizen or staff sign-in, to try again.
    public var signInPath: String

    public init(layout: LayoutModel, reason: Reason, provider: String, signInPath: String = "/account/sign-in") {
        self.layout = layout
        self.reason = reason
        self.provider = provider
        self.signInPath = signInPath
    }
}
