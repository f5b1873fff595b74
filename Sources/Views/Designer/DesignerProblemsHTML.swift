import Domain

extension PageParts {
    /// A draft's validation problems, each with its line and column, as the overview and the YAML editor list them;
    /// `fixHref` gives a problem's "Fix it" link (nil: no link).
    mutating func designerProblems(_ problems: [DesignerServicePage.Problem], fixHref: (DesignerServicePage.Problem) -> String?) {
        out.raw("<div class=\"designer-problems\" role=\"region\" aria-labelledby=\"designer-problems-title\">\n")
        out.raw("<h2 class=\"heading-m\" id=\"designer-problems-title\">")
        out.text(Phrase.designerProblemCount(problems.count)(language)); out.raw("</h2>\n<ul class=\"list list-bullet\">\n")
        for problem in problems {
            out.raw("<li>"); out.text(Phrase.designerLineColumn(problem.line, problem.column)(language)); out.text(" ")
            out.text(problem.message)
            if let href = fixHref(problem) {
                out.raw(" <a class=\"link\""); out.attribute("href", href); out.raw(">")
                out.text(Phrase.designerFixIt(language)); out.raw("</a>")
            }
            out.raw("</li>\n")
        }
        out.raw("</ul>\n</div>\n")
    }
}
