import Domain

extension DesignerPreviewEndPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.designerPreviewEndTitle(language))
        page.paragraph(Phrase.designerPreviewEndBody(language))
        var rows: [(key: String, value: String, action: (text: String, href: String)?)] = [
            (Phrase.designerPreviewCheckTitle(language), checkAnswersTitle, nil),
        ]
        if let declaration { rows.append((Phrase.designerPreviewDeclaration(language), declaration, nil)) }
        rows.append((Phrase.designerPreviewConfirmationTitle(language), confirmationTitle, nil))
        rows.append((Phrase.designerPreviewWhatHappensNext(language), whatHappensNext, nil))
        page.summaryList(rows)
        page.link(Phrase.designerPreviewStartAgain(language), href: startAgainURL)
    }
}
