import Domain

extension ConfirmationPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let feedback, !feedback.errors.isEmpty { page.errorSummary(feedback.errors) }
        page.panel(title: title, body: Phrase.referenceIs(language), emphasis: reference)
        page.subheading(Phrase.whatHappensNext(language))
        page.blocks(whatHappensNext)
        page.subheading(Phrase.keepRecord(language))
        page.plainLink(Phrase.printVersion(language), href: printURL)
        page.plainLink(Phrase.startAgain(language), href: startAgainURL)
        if feedbackGiven {
            page.paragraph(Phrase.feedbackThanksTitle(language))
        } else if let feedback {
            satisfaction(feedback, &page)
        }
    }

    private func satisfaction(_ form: SatisfactionForm, _ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.feedbackHeading(language))
        page.paragraph(Phrase.feedbackOptional(language))
        page.formStart(action: form.action, csrf: form.csrfToken)
        page.choices("rating", legend: Phrase.feedbackLegend(language),
                     options: SatisfactionRating.allCases.map { ($0.formValue, Phrase.feedbackRating($0)(language)) },
                     selected: [form.rating], errors: form.errors)
        page.textarea("comment", label: Phrase.feedbackComment(language), value: form.comment,
                      hint: Phrase.feedbackCommentHint(FeedbackEntry.commentLimit)(language), errors: form.errors, rows: 4)
        page.button(Phrase.feedbackSend(language), secondary: true)
        page.formEnd()
    }
}
