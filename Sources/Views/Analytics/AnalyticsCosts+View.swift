import Domain

extension AnalyticsCostsPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if saved { page.notice(Phrase.anCostsSaved(language)) }
        page.errorSummary(form.errors)
        page.analyticsTop(self)
        if period != nil, let overall {
            page.inset(Phrase.anOverallCost(AnalyticsNumber.pounds(overall.pence), overall.transactions)(language))
        }
        for table in tables() {
            page.subheading(table.caption)
            page.analyticsFigure(table, csv: filter.csvAddress(.costs, table: table.id))
        }
        page.subheading(Phrase.anEnterUnitCosts(language))
        page.paragraph(Phrase.anEnterUnitCostsHint(language))
        page.formStart(action: "/analytics/costs", csrf: csrfToken)
        var options: [(value: String, label: String)] = mayEnterDefault ? [("", Phrase.anDefaultAllServices(language))] : []
        options += formServices.map { ($0.slug, $0.title) }
        page.select("cost-service", label: Phrase.anCostsFor(language), options: options, selected: form.service)
        for channel in Channel.allCases {
            page.input("pence-\(channel.rawValue)", label: Phrase.anUnitCostOn(channel.boName(language))(language), value: form.amounts[channel] ?? "",
                       hint: Phrase.anPoundsHint(language), errors: form.errors, width: "width-5", inputmode: "decimal")
        }
        page.button(Phrase.anSaveCosts(language))
        page.formEnd()
    }
}
