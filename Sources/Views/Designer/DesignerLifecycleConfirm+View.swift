import Domain

extension DesignerLifecycleConfirmPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        switch action {
        case .close:
            page.heading(Phrase.designerConfirmCloseTitle(language), caption: title)
            page.paragraph(Phrase.designerConfirmCloseIntro(language))
            page.list([Phrase.designerConfirmCloseStops(language), Phrase.designerConfirmInProgress(language),
                       Phrase.designerConfirmKept(language), Phrase.designerConfirmCloseUndo(language)])
        case .archive:
            page.heading(Phrase.designerConfirmArchiveTitle(language), caption: title)
            page.paragraph(Phrase.designerConfirmArchiveIntro(language))
            page.list([Phrase.designerConfirmArchiveStops(language), Phrase.designerConfirmInProgress(language),
                       Phrase.designerConfirmKept(language), Phrase.designerConfirmArchiveUndo(language)])
        }
        page.formStart(action: DesignerPaths.lifecycle(slug), csrf: csrf)
        page.hidden(DesignerPublishForm.lifecycle, action.rawValue)
        page.hidden(DesignerPublishForm.confirmed, "yes")
        page.button(action == .close ? Phrase.designerConfirmCloseButton(language) : Phrase.designerConfirmArchiveButton(language), warning: true)
        page.formEnd()
        page.link(Phrase.designerConfirmCancel(language), href: DesignerPaths.versions(slug))
    }
}
