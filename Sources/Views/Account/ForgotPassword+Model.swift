import Domain

/// Asking for a link to choose a new password.
public struct ForgotPasswordPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var email: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, email: String = "", errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.email = email
        self.errors = errors
    }
}

/// Choosing a new password, from the emailed link.
public struct ResetPasswordPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    /// The emailed link's token, which the form posts back to.
    public var token: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, token: String, errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.token = token
        self.errors = errors
    }
}
