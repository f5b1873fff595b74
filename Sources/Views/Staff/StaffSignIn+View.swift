import Domain

extension StaffSignInPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.staffSignIn(language))
        page.formStart(action: "/staff/sign-in", csrf: csrfToken)
        page.hidden("return", returnTo)
        page.input("email", label: Phrase.staffWorkEmail(language), type: "email", value: email, autocomplete: "username", errors: errors)
        page.input("password", label: Phrase.staffPassword(language), type: "password", autocomplete: "current-password", errors: errors)
        page.button(Phrase.continue(language))
        page.formEnd()
        page.paragraph(Phrase.staffForgotten(language))
        for provider in providers {
            page.formStart(action: "/staff/sign-in/\(provider.id)", csrf: csrfToken)
            page.hidden("return", returnTo)
            page.button(Phrase.staffSignInWith(provider.name)(language), secondary: true)
            page.formEnd()
        }
    }
}
