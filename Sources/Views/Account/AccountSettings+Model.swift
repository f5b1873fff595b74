import Domain

/// Changing the email address. Like every settings form, it asks for the current password when the account has one
/// (an account made through an identity provider may not).
public struct ChangeEmailPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var currentEmail: String
    /// The new address as typed.
    public var email: String
    public var asksCurrentPassword: Bool
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, currentEmail: String, email: String = "", asksCurrentPassword: Bool,
                errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.currentEmail = currentEmail
        self.email = email
        self.asksCurrentPassword = asksCurrentPassword
        self.errors = errors
    }
}

/// The emailed link to the new address, opened.
public struct EmailChangedPage: PageModel {
    public var layout: LayoutModel
    /// False when, between asking and opening the link, another account took the address.
    public var changed: Bool

    public init(layout: LayoutModel, changed: Bool) {
        self.layout = layout
        self.changed = changed
    }

    public static func title(changed: Bool) -> Phrase { changed ? .accountEmailChanged : .accountEmailTaken }
}

/// Changing the password, or setting one on an account that has none.
public struct ChangePasswordPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var hasPassword: Bool
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, hasPassword: Bool, errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.hasPassword = hasPassword
        self.errors = errors
    }

    public static func title(hasPassword: Bool) -> Phrase { hasPassword ? .accountChangePasswordLink : .accountSetPassword }
}

/// The password is changed; other devices are signed out.
public struct PasswordChangedPage: PageModel {
    public var layout: LayoutModel

    public init(layout: LayoutModel) { self.layout = layout }
}

/// Deleting the account.
public struct DeleteAccountPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var asksCurrentPassword: Bool
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, asksCurrentPassword: Bool, errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.asksCurrentPassword = asksCurrentPassword
        self.errors = errors
    }
}

/// The account is gone (in the frame of someone signed out).
public struct AccountDeletedPage: PageModel {
    public var layout: LayoutModel

    public init(layout: LayoutModel) { self.layout = layout }
}
