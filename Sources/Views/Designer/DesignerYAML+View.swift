import Domain

extension DesignerYAMLPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let notice { page.notice(notice) }
        page.heading(Phrase.designerEditYAML(language), caption: slug)
        if !problems.isEmpty {
            page.designerProblems(problems) { _ in nil }
        }
        page.formStart(action: DesignerPaths.yaml(slug), csrf: csrf)
        page.out.raw("<div class=\"form-group\">\n<label class=\"label\" for=\"source\">"); page.out.text(Phrase.designerYAMLLabel(language))
        page.out.raw("</label>\n<div id=\"source-hint\" class=\"hint\">"); page.out.text(Phrase.designerYAMLHint(language))
        page.out.raw("</div>\n<textarea class=\"textarea designer-yaml\" id=\"source\" name=\"source\" rows=\"30\" spellcheck=\"false\" aria-describedby=\"source-hint\">")
        page.out.text(source); page.out.raw("</textarea>\n</div>\n")
        page.button(Phrase.designerSaveDraft(language))
        page.formEnd()
        page.link(Phrase.designerDownloadYAML(language), href: "\(DesignerPaths.yaml(slug))/download")
    }
}
