import Domain

extension CheckEmailPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.accountCheckEmailTitle(language))
        let sent = switch purpose {
        case .register: Phrase.accountCheckEmailRegister
        case .reset: Phrase.accountCheckEmailReset
        case .change: Phrase.accountCheckEmailChange
        case .resume: Phrase.accountCheckEmailResume
        }
        page.paragraph(sent(language))
        page.paragraph(Phrase.accountCheckSpam(language))
    }
}
