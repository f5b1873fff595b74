import Domain

extension DesignerServicesPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.navDesigner(language))
        page.paragraph(Phrase.designerIntro(language))
        page.links([(Phrase.designerCreateService(language), DesignerPaths.newService),
                    (Phrase.designerImportLink(language), DesignerPaths.importService)])
        page.table(caption: Phrase.designerPublished(language),
                   headers: [Phrase.designerService(language), Phrase.designerAddress(language), Phrase.designerState(language),
                             Phrase.designerVersion(language), Phrase.designerVersions(language), Phrase.designerPublishedOn(language),
                             Phrase.designerMessages(language)],
                   rows: services.map { service in
                       let published = service.versionCount > 0
                       return [
                       (service.title, nil), ("/services/\(service.slug)", "/services/\(service.slug)"),
                       (Phrase.designerStateName(service.state)(language), nil),
                       (published ? String(service.version) : "–", nil), (String(service.versionCount), nil),
                       (published ? StaffDate.dayAndTime(service.publishedAt, language) : "–", nil),
                       // A service that is only a draft has no published messages to preview yet.
                       published ? (Phrase.designerPreviewMessages(language), "/designer/services/\(service.slug)/messages") : ("–", nil),
                   ] })
    }
}
