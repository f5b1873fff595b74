import Domain

extension ForgotPasswordPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.accountResetTitle(language))
        page.paragraph(Phrase.accountResetIntro(language))
        page.formStart(action: "/account/forgot-password", csrf: csrfToken)
        page.input("email", label: Phrase.accountEmailAddress(language), type: "email", value: email, autocomplete: "email", errors: errors)
        page.button(Phrase.accountSendLink(language))
        page.formEnd()
    }
}

extension ResetPasswordPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.accountChooseNewPassword(language))
        page.formStart(action: "/account/reset-password/\(token)", csrf: csrfToken)
        page.input("password", label: Phrase.accountNewPassword(language), type: "password",
                   hint: Phrase.accountNewPasswordHint(language), autocomplete: "new-password", errors: errors)
        page.button(Phrase.accountChangePasswordButton(language))
        page.formEnd()
    }
}
