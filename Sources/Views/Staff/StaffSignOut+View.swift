import Domain

extension StaffSignOutPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        switch state {
        case .confirm(let csrfToken):
            page.heading(Phrase.signOut(language))
            page.formStart(action: "/staff/sign-out", csrf: csrfToken)
            page.raw("<div class=\"button-group\">\n")
            page.button(Phrase.signOut(language))
            page.button(Phrase.staffSignOutEverywhere(language), secondary: true, name: "everywhere", value: "1")
            page.raw("</div>\n")
            page.formEnd()
        case .signedOut:
            page.heading(Phrase.staffSignedOut(language))
            page.link(Phrase.staffSignInAgain(language), href: "/staff/sign-in")
        }
    }
}
