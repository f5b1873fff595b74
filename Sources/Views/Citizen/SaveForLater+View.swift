import Domain

extension SaveForLaterPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Self.title(state)(language), caption: serviceName)
        switch state {
        case .savedToAccount:
            page.paragraph(Phrase.journeySavedToAccount(language))
            page.link(Phrase.journeyGoToAccount(language), href: "/account")
            page.link(Phrase.journeyContinueForm(language), href: "/services/\(slug)/start")
        case .askEmail(let email, let csrfToken):
            page.paragraph(Phrase.journeySaveIntro(language))
            page.formStart(action: "/services/\(slug)/save", csrf: csrfToken)
            page.input("email", label: Phrase.journeyEmailAddress(language), type: "email", value: email, autocomplete: "email", errors: errors)
            page.button(Phrase.journeySendLink(language))
            page.formEnd()
            page.link(Phrase.journeyOrSignIn(language), href: "/account/sign-in?return=/services/\(slug)/save")
        }
    }
}
