import Domain

/// Staff sign-in, first step: work email and password, and a button per council account (OpenID Connect) set up.
public struct StaffSignInPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var email: String
    /// Where to go once signed in.
    public var returnTo: String
    public var providers: [IdentityProviderLink]
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, email: String, returnTo: String, providers: [IdentityProviderLink], errors: [FieldError]) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.email = email
        self.returnTo = returnTo
        self.providers = providers
        self.errors = errors
    }
}
