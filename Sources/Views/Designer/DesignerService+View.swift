import Domain

extension DesignerServicePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let notice { page.notice(notice) }
        page.heading(title, caption: Phrase.designerDraftCaption(language))
        page.links([
            (Phrase.designerEditDetails(language), DesignerPaths.details(slug)),
            (Phrase.designerPreview(language), DesignerPaths.preview(slug)),
            (Phrase.designerRouteMap(language), DesignerPaths.routeMap(slug)),
            (Phrase.designerEditYAML(language), DesignerPaths.yaml(slug)),
            (Phrase.designerVersionsAndPublishing(language), DesignerPaths.versions(slug)),
        ])
        problemList(&page)
        discardForm(&page)
        guard let sections else {
            page.inset(Phrase.designerDraftUnreadable(language))
            return
        }
        for section in sections {
            page.out.raw("<h2 class=\"heading-m\">"); page.out.text(section.title); page.out.raw("</h2>\n")
            pageTable(&page, section)
            page.link(Phrase.designerAddPage(section.title)(language), href: DesignerPaths.newPage(slug, section: section.id))
        }
    }

    private func discardForm(_ page: inout PageParts) {
        guard let discardCSRF else { return }
        let language = layout.language
        page.formStart(action: DesignerPaths.discardDraft(slug), csrf: discardCSRF)
        page.paragraph(Phrase.designerDiscardDraftHint(language), classes: "hint")
        page.button(Phrase.designerDiscardDraft(language), warning: true)
        page.formEnd()
    }

    private func problemList(_ page: inout PageParts) {
        let language = layout.language
        guard !problems.isEmpty else {
            page.paragraph(Phrase.designerNoProblems(language))
            return
        }
        page.designerProblems(problems) { $0.fixHref ?? DesignerPaths.yaml(slug) }
    }

    private func pageTable(_ page: inout PageParts, _ section: SectionRow) {
        let language = layout.language
        page.table(caption: Phrase.designerPagesIn(section.title)(language),
                   headers: [Phrase.designerPageHeading(language), Phrase.designerPageKind(language),
                             Phrase.designerShownWhen(language), Phrase.designerBranches(language)],
                   rows: section.pages.map { row in [
                       (row.heading, DesignerPaths.page(slug, row.id)),
                       (kindWords(row.kind), nil),
                       (row.shownWhen ?? Phrase.designerAlwaysShown(language), nil),
                       (row.branches == 0 ? Phrase.designerNextInOrder(language) : Phrase.designerBranchCount(row.branches)(language), nil),
                   ] })
    }

    private func kindWords(_ kind: PageKind) -> String {
        let language = layout.language
        switch kind {
        case .questions(let count): return Phrase.designerQuestionCount(count)(language)
        case .information: return Phrase.designerInformationPage(language)
        case .exit: return Phrase.designerExitPage(language)
        case .repeating(let count): return Phrase.designerRepeatingPage(count)(language)
        }
    }
}
