import Domain

extension AnalyticsDecisionsPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.analyticsTop(self)
        guard period != nil else { return }
        page.paragraph(Phrase.anBacklogNow(language), classes: "hint")
        for table in tables() {
            page.subheading(table.caption)
            page.analyticsFigure(table, csv: filter.csvAddress(.decisions, table: table.id))
        }
    }
}
