import Domain

extension RemoveItemPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.raw("<form method=\"post\""); page.out.attribute("action", action); page.raw(" novalidate>\n")
        page.raw("  <input type=\"hidden\" name=\"_csrf\""); page.out.attribute("value", csrfToken); page.raw(">\n")
        page.raw(QuestionHTML.render(question, fields: [:], errors: errors, isHeading: true, language: language))
        page.raw("  <dl class=\"summary-list\"><div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); page.out.text(itemTitle)
        page.raw("</dt><dd class=\"summary-list-value\">"); page.answerLines(lines); page.raw("</dd></div></dl>\n")
        page.raw("  <button type=\"submit\" class=\"button\">"); page.out.text(Phrase.continue(language)); page.raw("</button>\n</form>\n")
    }
}
