import Domain

extension AnalyticsCompletionPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.analyticsTop(self)
        guard period != nil else { return }
        let tables = tables()
        let funnelField = funnel.map { [("funnel", $0.key)] } ?? []
        for table in tables {
            page.subheading(table.caption)
            page.analyticsFigure(table, csv: filter.csvAddress(.completion, table: table.id, extra: table.id == "completion" ? [] : funnelField))
            if table.id == "completion", !rows.isEmpty {
                page.paragraph(Phrase.anChooseFunnel(language))
                page.links(rows.map { row in
                    (Phrase.anFunnelLink(row.title, row.version)(language), filter.address(.completion, extra: [("funnel", row.funnelKey)]))
                })
            }
        }
    }
}
