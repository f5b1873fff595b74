import Domain

extension DefinitionDiffPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.diffTitle(language), caption: serviceTitle)
        DefinitionDiffHTML.write(diff, from: fromVersion, to: toVersion, language: language, into: &page)
    }
}
