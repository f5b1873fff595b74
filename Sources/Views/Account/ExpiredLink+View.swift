import Domain

extension ExpiredLinkPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.accountLinkExpiredTitle(language))
        page.paragraph(Phrase.accountLinkExpiredBody(language))
        switch next {
        case .signInForNewLink: page.link(Phrase.accountSignInForNewLink(language), href: "/account/sign-in")
        case .askForNewResetLink: page.link(Phrase.accountAskForNewLink(language), href: "/account/forgot-password")
        case .yourAccount: page.link(Phrase.yourAccount(language), href: "/account")
        case .councilServices: page.link(Phrase.services(language), href: "/")
        }
    }
}
