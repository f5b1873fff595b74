import Domain

extension DesignerYAMLPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let notice { page.notice(notice) }
        page.heading(Phrase.designerEditYAML(language), caption: slug)
        if !problems.isEmpty {
            page.out.raw("<div class=\"designer-problems\" role=\"region\" aria-labelledby=\"designer-problems-title\">\n")
            page.out.raw("<h2 class=\"heading-m\" id=\"designer-problems-title\">")
            page.out.text(Phrase.designerProblemCount(problems.count)(language)); page.out.raw("</h2>\n<ul class=\"list list-bullet\">\n")
            for problem in problems {
                page.out.raw("<li>"); page.out.text(Phrase.designerLineColumn(problem.line, problem.column)(language))
                page.out.text(" "); page.out.text(problem.message); page.out.raw("</li>\n")
            }
            page.out.raw("</ul>\n</div>\n")
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
