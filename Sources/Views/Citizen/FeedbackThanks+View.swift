import Domain

extension FeedbackThanksPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.feedbackThanksTitle(language))
        page.paragraph(Phrase.feedbackThanksBody(language))
        page.plainLink(Phrase.feedbackBack(language), href: confirmationURL)
    }
}
