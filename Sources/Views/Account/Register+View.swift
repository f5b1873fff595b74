import Domain

extension RegisterPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.accountCreateTitle(language))
        page.paragraph(Phrase.accountRegisterIntro(language))
        page.formStart(action: "/account/register", csrf: csrfToken)
        page.input("email", label: Phrase.accountEmailAddress(language), type: "email", value: email,
                   hint: Phrase.accountRegisterEmailHint(language), autocomplete: "email", errors: errors)
        page.input("password", label: Phrase.accountCreatePassword(language), type: "password",
                   hint: Phrase.accountRegisterPasswordHint(language), autocomplete: "new-password", errors: errors)
        page.button(Phrase.accountCreateButton(language))
        page.formEnd()
        page.link(Phrase.accountAlreadyHaveOne(language), href: "/account/sign-in")
    }
}
