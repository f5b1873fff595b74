import Domain

extension PageParts {
    /// The council's question and the answer box, on the request page and the emailed link's page.
    mutating func informationReplyForm(action: String, csrf: String, question: String, errors: [FieldError]) {
        subheading(Phrase.replyNeedMoreInformation(language))
        inset(question)
        formStart(action: action, csrf: csrf)
        textarea("answer", label: Phrase.replyYourAnswer(language), errors: errors, rows: 5)
        button(Phrase.replySend(language))
        formEnd()
    }
}

extension InformationReplyPage {
    public func body(_ page: inout PageParts) {
        page.errorSummary(errors)
        page.heading(Phrase.replyTitle(layout.language), caption: reference)
        page.informationReplyForm(action: "/reply/\(token)", csrf: csrfToken, question: question, errors: errors)
    }
}

extension InformationReplySentPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.panel(title: Phrase.replySentTitle(language), body: Phrase.replyReferenceIs(language), emphasis: reference)
    }
}
