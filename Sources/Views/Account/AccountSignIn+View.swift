import Domain

extension AccountSignInPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.accountSignInTitle(language))
        if passwordWasReset { page.notice(Phrase.accountPasswordResetDone(language)) }
        page.formStart(action: "/account/sign-in", csrf: csrfToken)
        page.hidden("return", returnTo)
        page.input("email", label: Phrase.accountEmailAddress(language), type: "email", value: email, autocomplete: "email", errors: errors)
        page.input("password", label: Phrase.accountPassword(language), type: "password", autocomplete: "current-password", errors: errors)
        page.button(Phrase.signIn(language))
        page.formEnd()
        page.link(Phrase.accountForgotPasswordLink(language), href: "/account/forgot-password")
        if !providers.isEmpty {
            page.subheading(Phrase.accountOrSignInWith(language))
            for provider in providers {
                page.formStart(action: "/account/sign-in/\(provider.id)", csrf: csrfToken)
                page.hidden("return", returnTo)
                page.button(Phrase.accountSignInWith(provider.name)(language), secondary: true)
                page.formEnd()
            }
        }
        page.subheading(Phrase.accountNoAccountYet(language))
        page.link(Phrase.accountCreateTitle(language), href: "/account/register")
        page.paragraph(Phrase.accountNotNeeded(language))
    }
}
