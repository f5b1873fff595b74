import Domain

/// An emailed one-time link that has expired or been used (confirming, resetting, changing the email, replying,
/// resuming a form), with where to go next.
public struct ExpiredLinkPage: PageModel {
    /// The way on from the page.
    public enum Next: Sendable, CaseIterable {
        /// Signing in sends a new confirmation link.
        case signInForNewLink
        case askForNewResetLink
        case yourAccount
        case councilServices
    }

    public var layout: LayoutModel
    public var next: Next

    public init(layout: LayoutModel, next: Next) {
        self.layout = layout
        self.next = next
    }
}
