import Domain

/// Staff sign-in, second step: the code from the authenticator app, or a recovery code.
public struct StaffSecurityCodePage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var returnTo: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, returnTo: String, errors: [FieldError]) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.returnTo = returnTo
        self.errors = errors
    }
}
