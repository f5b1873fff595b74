import Domain

extension AnalyticsOverviewPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.analyticsTop(self)
        guard figures != nil, let table = tables().first else { return }
        let links: [AnalyticsDashboard] = [.costs, .satisfaction, .completion, .demand]
        page.summaryList(zip(table.rows, links).map { row, dashboard in
            (key: row[0], value: "\(row[1]) (\(row[2]))", action: (text: Phrase.anSeeDashboard(language), href: filter.address(dashboard)))
        })
        page.analyticsCSVLink(table.caption, href: filter.csvAddress(.overview, table: table.id))
    }
}
