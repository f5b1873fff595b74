import Domain

extension AnalyticsSatisfactionPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.analyticsTop(self)
        guard period != nil else { return }
        page.inset(Phrase.anSatisfiedSummary(AnalyticsNumber.percent(analyticsShare(satisfied, of: responses)), responses)(language))
        for table in tables() {
            page.subheading(table.caption)
            page.analyticsFigure(table, csv: filter.csvAddress(.satisfaction, table: table.id))
        }
        page.subheading(Phrase.anLatestComments(language))
        if comments.isEmpty {
            page.paragraph(Phrase.anNoComments(language))
            return
        }
        page.paragraph(Phrase.anCommentsAudited(language), classes: "hint")
        page.raw("<ul class=\"list analytics-comments\">\n")
        for comment in comments {
            page.raw("<li><p class=\"body\"><strong>")
            page.out.text([AnalyticsNumber.day(comment.day, language), comment.service, comment.rating?.anName(language)].compactMap { $0 }
                .joined(separator: " · "))
            page.raw("</strong></p><blockquote class=\"inset-text\">")
            page.out.text(comment.text)
            page.raw("</blockquote></li>\n")
        }
        page.raw("</ul>\n")
    }
}
