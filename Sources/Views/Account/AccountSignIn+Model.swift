import Domain

/// MyAccount sign-in: email and password, and any identity providers citizens may sign in with.
public struct AccountSignInPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var email: String
    /// Where to go once signed in (a path on this site).
    public var returnTo: String
    public var errors: [FieldError]
    /// Just back from choosing a new password.
    public var passwordWasReset: Bool
    public var providers: [IdentityProviderLink]

    public init(layout: LayoutModel, csrfToken: String, email: String = "", returnTo: String, errors: [FieldError] = [],
                passwordWasReset: Bool = false, providers: [IdentityProviderLink] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.email = email
        self.returnTo = returnTo
        self.errors = errors
        self.passwordWasReset = passwordWasReset
        self.providers = providers
    }
}
