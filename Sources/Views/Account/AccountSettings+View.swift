import Domain

extension PageParts {
    /// The current password, asked for before any change to the account, when it has one.
    mutating func currentPasswordField(asked: Bool, errors: [FieldError]) {
        guard asked else { return }
        input("current-password", label: Phrase.accountCurrentPassword(language), type: "password",
              autocomplete: "current-password", errors: errors)
    }
}

extension ChangeEmailPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.accountChangeEmailLink(language))
        page.paragraph(Phrase.accountChangeEmailIntro(currentEmail)(language))
        page.formStart(action: "/account/change-email", csrf: csrfToken)
        page.input("email", label: Phrase.accountNewEmail(language), type: "email", value: email, autocomplete: "email", errors: errors)
        page.currentPasswordField(asked: asksCurrentPassword, errors: errors)
        page.button(Phrase.accountSendLink(language))
        page.formEnd()
    }
}

extension EmailChangedPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Self.title(changed: changed)(language))
        page.link(Phrase.accountGoToAccount(language), href: "/account")
    }
}

extension ChangePasswordPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Self.title(hasPassword: hasPassword)(language))
        page.formStart(action: "/account/change-password", csrf: csrfToken)
        page.currentPasswordField(asked: hasPassword, errors: errors)
        page.input("password", label: Phrase.accountNewPassword(language), type: "password",
                   hint: Phrase.accountNewPasswordHint(language), autocomplete: "new-password", errors: errors)
        page.button(Phrase.accountChangePasswordButton(language))
        page.formEnd()
    }
}

extension PasswordChangedPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.accountPasswordChanged(language))
        page.paragraph(Phrase.accountSignedOutElsewhere(language))
        page.link(Phrase.accountGoToAccount(language), href: "/account")
    }
}

extension DeleteAccountPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.accountDeleteLink(language))
        page.paragraph(Phrase.accountDeleteIntro(language))
        page.formStart(action: "/account/delete", csrf: csrfToken)
        page.currentPasswordField(asked: asksCurrentPassword, errors: errors)
        page.button(Phrase.accountDeleteButton(language), warning: true)
        page.formEnd()
    }
}

extension AccountDeletedPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.accountDeleted(language))
        page.link(Phrase.services(language), href: "/")
    }
}
