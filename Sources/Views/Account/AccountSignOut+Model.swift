import Domain

/// Signing out: here, or on every device the account is signed in on.
public struct AccountSignOutPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String

    public init(layout: LayoutModel, csrfToken: String) {
        self.layout = layout
        self.csrfToken = csrfToken
    }
}

/// After signing out (in the frame of someone signed out).
public struct AccountSignedOutPage: PageModel {
    public var layout: LayoutModel

    public init(layout: LayoutModel) { self.layout = layout }
}
