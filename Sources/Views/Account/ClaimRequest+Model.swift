import Domain

/// Adding to the account a request sent without signing in, by its reference and the email address on the form.
public struct ClaimRequestPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    /// The fields as typed.
    public var reference: String
    public var email: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, reference: String = "", email: String = "", errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.reference = reference
        self.email = email
        self.errors = errors
    }
}
