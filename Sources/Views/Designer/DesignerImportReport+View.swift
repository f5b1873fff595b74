import Domain

extension DesignerImportReportPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.notice(Phrase.designerImportDone(title)(language))
        page.heading(Phrase.designerImportReportTitle(language), caption: title)
        page.summaryList([
            (Phrase.designerImportFrom(language), "\(formatName) (\(filename))", nil),
            (Phrase.designerAddress(language), DesignerPaths.service(slug), nil),
            (Phrase.designerImportContents(language), Phrase.designerImportCounts(sections: sections, pages: pages, questions: questions)(language), nil),
        ])
        page.subheading(Phrase.designerImportNotCarried(language))
        if notes.isEmpty {
            page.paragraph(Phrase.designerImportAllCarried(language))
        } else {
            page.paragraph(Phrase.designerImportNotesIntro(notes.count)(language))
            page.table(caption: Phrase.designerImportNotCarried(language),
                       headers: [Phrase.designerImportPlace(language), Phrase.designerImportWhatHappened(language)],
                       rows: notes.map { [($0.location, nil), ($0.message, nil)] })
        }
        page.subheading(Phrase.designerImportNext(language))
        page.links([
            (Phrase.designerImportOpenDraft(language), DesignerPaths.service(slug)),
            (Phrase.designerImportPreview(language), DesignerPaths.preview(slug)),
            (Phrase.designerImportRouteMap(language), DesignerPaths.routeMap(slug)),
            (Phrase.designerImportAnother(language), DesignerPaths.importService),
        ])
    }
}
