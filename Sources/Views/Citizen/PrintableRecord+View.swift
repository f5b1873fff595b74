import Domain

extension PrintableRecordPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(serviceTitle)
        page.paragraph(Phrase.printIntro(language))
        page.raw("<dl class=\"summary-list\">\n  <div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); page.out.text(Phrase.referenceIs(language))
        page.raw("</dt><dd class=\"summary-list-value\"><strong class=\"reference\">"); page.out.text(reference); page.raw("</strong></dd></div>\n")
        page.raw("  <div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); page.out.text(Phrase.submittedOn(language))
        page.raw("</dt><dd class=\"summary-list-value\">"); page.out.text(submittedOn); page.raw("</dd></div>\n</dl>\n")
        for section in sections {
            page.subheading(section.title)
            page.raw("<dl class=\"summary-list\">\n")
            for row in section.rows {
                page.raw("<div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); page.out.text(row.key)
                page.raw("</dt><dd class=\"summary-list-value\">"); page.answerLines(row.lines); page.raw("</dd></div>")
            }
            page.raw("\n</dl>\n")
        }
        page.subheading(Phrase.whatHappensNext(language))
        page.blocks(whatHappensNext)
    }
}
