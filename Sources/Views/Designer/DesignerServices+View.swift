import Domain

extension DesignerServicesPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.navDesigner(language))
        page.paragraph(Phrase.designerIntro(language))
        page.table(caption: Phrase.designerPublished(language),
                   headers: [Phrase.designerService(language), Phrase.designerAddress(language), Phrase.designerVersion(language),
                             Phrase.designerPublishedOn(language), Phrase.designerMessages(language)],
                   rows: services.map { service in [
                       (service.title, nil), ("/services/\(service.slug)", "/services/\(service.slug)"), (String(service.version), nil),
                       (StaffDate.dayAndTime(service.publishedAt, language), nil),
                       (Phrase.designerPreviewMessages(language), "/designer/services/\(service.slug)/messages"),
                   ] })
    }
}
