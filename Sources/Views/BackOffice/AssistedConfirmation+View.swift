import Domain

extension AssistedConfirmationPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.panel(title: Phrase.assistedSentTitle(language), body: Phrase.assistedReadOut(language), emphasis: reference)
        page.subheading(Phrase.assistedTellCaller(language))
        var points = [Phrase.assistedQuoteReference(language)]
        if let callerEmail {
            points.append(Phrase.assistedEmailGoesTo(callerEmail)(language))
        } else {
            points.append(Phrase.assistedNoEmail(language))
        }
        page.list(points)
        if whatHappensNext != nil {
            page.subheading(Phrase.whatHappensNext(language))
            page.blocks(whatHappensNext)
        }
        page.subheading(Phrase.assistedBackToWork(language))
        page.links([
            (Phrase.assistedAnotherCaller(language), "/backoffice/assisted"),
            (Phrase.assistedOpenCase(language), caseURL),
            (Phrase.assistedPrintAnswers(language), printURL),
            (Phrase.assistedBackToCases(language), "/backoffice"),
        ])
    }
}
