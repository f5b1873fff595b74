import Domain

extension AccountSignOutPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.signOut(language))
        page.formStart(action: "/account/sign-out", csrf: csrfToken)
        page.raw("<div class=\"button-group\">\n")
        page.button(Phrase.signOut(language))
        page.button(Phrase.accountSignOutEverywhere(language), secondary: true, name: "everywhere", value: "1")
        page.raw("</div>\n")
        page.formEnd()
    }
}

extension AccountSignedOutPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.accountSignedOutTitle(language))
        page.link(Phrase.accountSignInAgain(language), href: "/account/sign-in")
        page.link(Phrase.services(language), href: "/")
    }
}
