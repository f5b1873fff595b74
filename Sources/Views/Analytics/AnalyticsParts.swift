import Domain
import Foundation

/// The parts every dashboard shares: the heading, the links between dashboards, the filter form, and each figure as
/// a chart with its table beside it and a CSV download of that table.
extension PageParts {
    mutating func analyticsTop<Page: AnalyticsDashboardPage>(_ model: Page) {
        let filter = model.filter
        errorSummary(filter.errors)
        heading(Page.dashboard.title(language), caption: Page.dashboard == .overview ? nil : Phrase.navAnalytics(language))
        subNavigation(label: Phrase.anDashboards(language), items: AnalyticsDashboard.allCases.map {
            ($0.title(language), filter.address($0), $0 == Page.dashboard)
        })
        paragraph(Phrase.analyticsCountsOnly(language))
        analyticsFilter(filter, action: Page.dashboard.path)
        if let period = model.period {
            paragraph(Phrase.anPeriod(AnalyticsNumber.day(period.from, language), AnalyticsNumber.day(period.to, language))(language))
        }
    }

    mutating func analyticsFilter(_ filter: AnalyticsFilterForm, action: String) {
        filterFormStart(action: action, label: Phrase.anFilterLabel(language))
        input("from", label: Phrase.anFrom(language), type: "date", value: filter.from, hint: Phrase.boForExample("2026-11-01")(language),
              errors: filter.errors, width: "width-10")
        input("to", label: Phrase.anTo(language), type: "date", value: filter.to, hint: Phrase.boForExample("2026-11-28")(language),
              errors: filter.errors, width: "width-10")
        if filter.services.count > 1 || !filter.service.isEmpty {
            select("service", label: Phrase.anService(language),
                   options: [("", Phrase.anAllServices(language))] + filter.services.map { ($0.slug, $0.title) }, selected: filter.service)
        }
        if !filter.areas.isEmpty {
            select("area", label: Phrase.anArea(language),
                   options: [("", Phrase.anAllAreas(language))] + filter.areas.map { ($0.code, $0.name) }, selected: filter.area)
        }
        if filter.showsChannel {
            select("channel", label: Phrase.anChannel(language),
                   options: [("", Phrase.anAllChannels(language))] + Channel.allCases.map { ($0.rawValue, $0.boName(language)) },
                   selected: filter.channel)
        }
        button(Phrase.anShowFigures(language), secondary: true)
        formEnd()
    }

    /// A table of figures: its chart (if any) first, then the table, then the link to download it.
    mutating func analyticsFigure(_ table: AnalyticsTable, csv: String) {
        if let chart = table.chart, !chart.bars.isEmpty { barChart(chart, id: table.id) }
        if table.rows.isEmpty {
            paragraph(Phrase.anNothingCounted(table.caption)(language))
            return
        }
        self.table(caption: table.caption, headers: table.headers, rows: table.rows.map { $0.map { ($0, nil) } })
        analyticsCSVLink(table.caption, href: csv)
    }

    mutating func analyticsCSVLink(_ caption: String, href: String) {
        out.raw("<p class=\"body\"><a class=\"link\""); out.attribute("href", href); out.attribute("download", "")
        out.raw(">"); out.text(Phrase.anDownloadCSV(language)); out.raw("<span class=\"visually-hidden\"> ")
        out.text(caption); out.raw("</span></a></p>\n")
    }

    /// Horizontal bars, drawn server-side: the label, the bar and the figure on each row, scaled to the largest value.
    /// Named by its title and described by its summary for screen readers; the table after it has the same figures.
    mutating func barChart(_ chart: AnalyticsChart, id: String) {
        let rowHeight = 28, labelWidth = 220, barWidth = 320, width = 640
        let height = chart.bars.count * rowHeight + 8
        let largest = chart.bars.map(\.value).max() ?? 0
        out.raw("<figure class=\"analytics-chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\"")
        out.attribute("viewBox", "0 0 \(width) \(height)")
        out.attribute("aria-labelledby", "chart-\(id)-title"); out.attribute("aria-describedby", "chart-\(id)-summary")
        out.raw(">\n<title"); out.attribute("id", "chart-\(id)-title"); out.raw(">"); out.text(chart.title); out.raw("</title>\n")
        out.raw("<desc"); out.attribute("id", "chart-\(id)-summary"); out.raw(">"); out.text(chart.summary); out.raw("</desc>\n")
        for (index, bar) in chart.bars.enumerated() {
            let y = index * rowHeight + 4
            let length = largest > 0 ? max(bar.value > 0 ? 1 : 0, Int((bar.value / largest * Double(barWidth)).rounded())) : 0
            out.raw("<text x=\"0\" y=\"\(y + 18)\" font-size=\"14\" fill=\"#0b0c0c\">"); out.text(Self.clipped(bar.label)); out.raw("</text>")
            out.raw("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"18\" fill=\"#1d70b8\"></rect>")
            out.raw("<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 18)\" font-size=\"14\" fill=\"#0b0c0c\">"); out.text(bar.shown)
            out.raw("</text>\n")
        }
        out.raw("</svg>\n</figure>\n")
    }

    static func clipped(_ label: String) -> String { label.count > 28 ? String(label.prefix(27)) + "…" : label }
}
