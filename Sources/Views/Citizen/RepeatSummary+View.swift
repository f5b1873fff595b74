import Domain

extension RepeatSummaryPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(heading, caption: sectionTitle)
        page.blocks(body)
        if !items.isEmpty {
            page.paragraph("\(Phrase.youHaveAdded(language)) \(count).")
            page.raw("<dl class=\"summary-list\">\n")
            for item in items {
                page.raw("  <div class=\"summary-list-row\">\n    <dt class=\"summary-list-key\">"); page.out.text(item.title)
                page.raw("</dt>\n    <dd class=\"summary-list-value\">"); page.answerLines(item.lines)
                page.raw("</dd>\n    <dd class=\"summary-list-actions\">\n      <ul class=\"summary-list-actions-list\">\n")
                for (text, href) in [(Phrase.change(language), item.changeURL), (Phrase.remove(language), item.removeURL)] {
                    page.raw("        <li><a"); page.out.attribute("href", href); page.raw(">"); page.out.text(text)
                    page.raw("<span class=\"visually-hidden\"> "); page.out.text(item.title); page.raw("</span></a></li>\n")
                }
                page.raw("      </ul>\n    </dd>\n  </div>\n")
            }
            page.raw("</dl>\n")
        }
        page.raw("<form method=\"post\""); page.out.attribute("action", action); page.raw(" novalidate>\n")
        page.raw("  <input type=\"hidden\" name=\"_csrf\""); page.out.attribute("value", csrfToken); page.raw(">\n")
        if change { page.raw("  <input type=\"hidden\" name=\"change\" value=\"1\">\n") }
        if let addAnother {
            page.raw(QuestionHTML.render(addAnother, fields: [:], errors: errors, isHeading: false, language: language))
        }
        page.raw("  <button type=\"submit\" class=\"button\">"); page.out.text(Phrase.continue(language)); page.raw("</button>\n</form>\n")
    }
}
