import Domain

/// First sign-in: scan the QR code (or type the key) into an authenticator app, then prove it with a code.
public struct StaffAuthenticatorSetUpPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    /// The `otpauth://` address the QR code holds.
    public var enrolmentURI: String
    /// The key to type when the code cannot be scanned, in groups.
    public var typedKey: String
    /// The secret being enrolled, sent back with the code.
    public var secret: String
    public var returnTo: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, enrolmentURI: String, typedKey: String, secret: String, returnTo: String,
                errors: [FieldError]) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.enrolmentURI = enrolmentURI
        self.typedKey = typedKey
        self.secret = secret
        self.returnTo = returnTo
        self.errors = errors
    }
}
