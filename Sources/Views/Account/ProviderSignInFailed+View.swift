import Domain

extension ProviderSignInFailedPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.providerNotSignedIn(language))
        let message = switch reason {
        case .cancelled: Phrase.providerCancelled(provider)
        case .providerUnavailable: Phrase.providerUnavailable(provider)
        case .notMatched: Phrase.providerNotMatched(provider)
        case .misconfigured: Phrase.providerMisconfigured(provider)
        case .notConfirmed: Phrase.providerNotConfirmed(provider)
        case .noVerifiedEmail: Phrase.providerNoVerifiedEmail(provider)
        case .staffAccountNotLinked: Phrase.providerStaffNotLinked(provider)
        }
        page.paragraph(message(language))
        page.link(Phrase.providerTryAgain(language), href: signInPath)
        page.link(Phrase.services(language), href: "/")
    }
}
