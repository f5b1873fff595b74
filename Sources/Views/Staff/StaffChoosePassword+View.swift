import Domain

extension StaffChoosePasswordPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        switch state {
        case .choose(let csrfToken, let token):
            page.errorSummary(errors)
            page.heading(Phrase.staffChoosePassword(language))
            page.formStart(action: "/staff/set-up/\(token)", csrf: csrfToken)
            page.input("password", label: Phrase.staffPassword(language), type: "password", hint: Phrase.staffPasswordHint(language),
                       autocomplete: "new-password", errors: errors)
            page.button(Phrase.staffSavePassword(language))
            page.formEnd()
        case .expired:
            page.heading(Phrase.staffSetUpExpired(language))
            page.paragraph(Phrase.staffAskForNewLink(language))
        }
    }
}
