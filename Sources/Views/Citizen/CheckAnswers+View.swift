import Domain

extension CheckAnswersPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(heading)
        if let notice {
            page.raw("<div class=\"notice\" role=\"status\"><p class=\"body\"><strong>"); page.out.text(notice); page.raw("</strong></p></div>\n")
        }
        for section in sections {
            page.subheading(section.title)
            page.raw("<dl class=\"summary-list\">\n")
            for row in section.rows {
                page.raw("  <div class=\"summary-list-row\">\n    <dt class=\"summary-list-key\">"); page.out.text(row.key)
                page.raw("</dt>\n    <dd class=\"summary-list-value\">"); page.answerLines(row.lines); page.raw("</dd>\n")
                if let changeURL = row.changeURL {
                    page.raw("    <dd class=\"summary-list-actions\"><a"); page.out.attribute("href", changeURL); page.raw(">")
                    page.out.text(Phrase.change(language)); page.raw("<span class=\"visually-hidden\"> "); page.out.text(row.key)
                    page.raw("</span></a></dd>\n")
                }
                page.raw("  </div>\n")
            }
            page.raw("</dl>\n")
        }
        page.subheading(Phrase.nowSend(language))
        page.blocks(declaration)
        page.raw("<form method=\"post\""); page.out.attribute("action", action); page.raw(" novalidate>\n")
        page.raw("  <input type=\"hidden\" name=\"_csrf\""); page.out.attribute("value", csrfToken); page.raw(">\n")
        page.raw("  <input type=\"hidden\" name=\"answers_digest\""); page.out.attribute("value", digest); page.raw(">\n")
        page.raw("  <button type=\"submit\" class=\"button\">"); page.out.text(Phrase.submit(language)); page.raw("</button>\n</form>\n")
    }
}
