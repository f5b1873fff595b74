import Domain

extension AnalyticsAreasPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.analyticsTop(self)
        guard period != nil else { return }
        if filter.areas.isEmpty { page.inset(Phrase.anNoAreasLoaded(language)) }
        for table in tables() {
            page.subheading(table.caption)
            page.analyticsFigure(table, csv: filter.csvAddress(.areas, table: table.id))
        }
    }
}
