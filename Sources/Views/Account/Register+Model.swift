import Domain

/// Creating a MyAccount: an email address and a new password.
public struct RegisterPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    /// The address as typed, kept when the form comes back with errors.
    public var email: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, email: String = "", errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.email = email
        self.errors = errors
    }
}
