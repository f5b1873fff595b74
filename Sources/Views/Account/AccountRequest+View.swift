import Domain

extension AccountRequestPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(replyErrors)
        page.heading(serviceTitle, caption: reference)
        if replyReceived { page.notice(Phrase.accountReplyReceived(language)) }
        if let openQuestion {
            page.informationReplyForm(action: "/account/requests/\(reference)/reply", csrf: openQuestion.csrfToken,
                                      question: openQuestion.question, errors: replyErrors)
        }
        page.summaryList([
            (Phrase.accountReference(language), reference, nil),
            (Phrase.accountSent(language), DisplayDate.dayAndTime(sentAt, language), nil),
            (Phrase.accountStatus(language), status, nil),
        ])
        page.table(
            caption: Phrase.accountProgress(language),
            headers: [Phrase.accountDate(language), Phrase.accountWhatHappened(language)],
            rows: progress.map { [(DisplayDate.dayAndTime($0.at, language), nil), ($0.text, nil)] }
        )
        page.subheading(Phrase.accountYourAnswers(language))
        page.raw(AnswerSectionsHTML.render(answers))
    }
}
