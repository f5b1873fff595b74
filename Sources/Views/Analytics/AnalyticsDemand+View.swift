import Domain

extension AnalyticsDemandPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.analyticsTop(self)
        guard period != nil else { return }
        page.inset(Phrase.anTakeUpSummary(AnalyticsNumber.percent(analyticsShare(online, of: total)), online, total)(language))
        for table in tables() {
            page.subheading(table.caption)
            page.analyticsFigure(table, csv: filter.csvAddress(.demand, table: table.id))
        }
    }
}
