import Domain

extension ConfirmationPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.panel(title: title, body: Phrase.referenceIs(language), emphasis: reference)
        page.subheading(Phrase.whatHappensNext(language))
        page.blocks(whatHappensNext)
        page.subheading(Phrase.keepRecord(language))
        page.plainLink(Phrase.printVersion(language), href: printURL)
        page.plainLink(Phrase.startAgain(language), href: startAgainURL)
    }
}
