import Domain

extension BulkOutcomePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.boSelectedCases(language), caption: Phrase.boChangedOf(changed.count, changed.count + notChanged.count)(language))
        if !changed.isEmpty {
            page.table(caption: Phrase.boChanged(language), headers: [Phrase.boCase(language), Phrase.boWhatWasDone(language)], rows: changed.map { line in
                [(line.reference, "/backoffice/cases/\(line.reference)"), (line.text, nil)]
            })
        }
        if !notChanged.isEmpty {
            page.table(caption: Phrase.boNotChanged(language), headers: [Phrase.boCase(language), Phrase.boWhyNot(language)], rows: notChanged.map { line in
                [(line.reference, "/backoffice/cases/\(line.reference)"), (line.text, nil)]
            })
        }
        page.link(Phrase.boBackToList(language), href: backAddress)
    }
}
