import Domain

/// `/analytics/completion`: completion rate (submitted ÷ started) per service and version, and the drop-off funnel of
/// one service version in page order: pages answered, the drop between each, exits reached, the commonest errors.
public struct AnalyticsCompletionPage: AnalyticsDashboardPage {
    public struct Row: Sendable, Equatable {
        public var slug: String
        public var title: String
        public var version: Int
        public var started: Int
        public var submitted: Int

        public init(slug: String, title: String, version: Int, started: Int, submitted: Int) {
            self.slug = slug
            self.title = title
            self.version = version
            self.started = started
            self.submitted = submitted
        }

        /// The funnel's address value.
        public var funnelKey: String { "\(slug):\(version)" }
    }

    public struct Funnel: Sendable, Equatable {
        public struct Step: Sendable, Equatable {
            public var title: String
            public var count: Int

            public init(title: String, count: Int) {
                self.title = title
                self.count = count
            }
        }

        public var key: String
        public var title: String
        public var version: Int
        public var started: Int
        /// Question pages in the definition's order, with how many journeys answered each.
        public var pages: [Step]
        public var exits: [Step]
        /// The commonest validation errors: the question and the kind of error.
        public var errors: [Step]
        public var submitted: Int

        public init(key: String, title: String, version: Int, started: Int, pages: [Step], exits: [Step], errors: [Step], submitted: Int) {
            self.key = key
            self.title = title
            self.version = version
            self.started = started
            self.pages = pages
            self.exits = exits
            self.errors = errors
            self.submitted = submitted
        }
    }

    public static let dashboard = AnalyticsDashboard.completion
    public var layout: LayoutModel
    public var filter: AnalyticsFilterForm
    public var period: (from: CalendarDay, to: CalendarDay)?
    public var rows: [Row]
    public var funnel: Funnel?

    public init(layout: LayoutModel, filter: AnalyticsFilterForm, period: (from: CalendarDay, to: CalendarDay)?, rows: [Row], funnel: Funnel?) {
        self.layout = layout
        self.filter = filter
        self.period = period
        self.rows = rows
        self.funnel = funnel
    }

    public func tables() -> [AnalyticsTable] {
        guard period != nil else { return [] }
        let language = layout.language
        var tables = [AnalyticsTable(
            id: "completion", caption: Phrase.anCompletionByVersion(language),
            headers: [Phrase.anService(language), Phrase.anVersion(language), Phrase.anStarted(language), Phrase.anSubmitted(language),
                      Phrase.anCompletionRate(language)],
            rows: rows.map { [$0.title, String($0.version), String($0.started), String($0.submitted),
                              AnalyticsNumber.percent(analyticsShare($0.submitted, of: $0.started))] },
            chart: AnalyticsChart(
                title: Phrase.anCompletionByVersion(language), summary: Phrase.anChartSummary(Phrase.anCompletionByVersion(language))(language),
                bars: rows.map { row in
                    let share = analyticsShare(row.submitted, of: row.started)
                    return .init(label: "\(row.title) v\(row.version)", value: share ?? 0, shown: AnalyticsNumber.percent(share))
                }
            )
        )]
        guard let funnel else { return tables }
        var previous = funnel.started
        var funnelRows = [[Phrase.anJourneysStarted(language), String(funnel.started), "", ""]]
        for step in funnel.pages {
            funnelRows.append([step.title, String(step.count), String(previous - step.count),
                               AnalyticsNumber.percent(analyticsShare(step.count, of: funnel.started))])
            previous = step.count
        }
        funnelRows.append([Phrase.anSubmitted(language), String(funnel.submitted), String(previous - funnel.submitted),
                           AnalyticsNumber.percent(analyticsShare(funnel.submitted, of: funnel.started))])
        let funnelCaption = Phrase.anFunnelCaption(funnel.title, funnel.version)(language)
        tables.append(AnalyticsTable(
            id: "funnel", caption: funnelCaption,
            headers: [Phrase.anPage(language), Phrase.anAnswered(language), Phrase.anDropFromPrevious(language), Phrase.anOfStarted(language)],
            rows: funnelRows,
            chart: AnalyticsChart(title: funnelCaption, summary: Phrase.anChartSummary(funnelCaption)(language),
                                  bars: funnelRows.map { .init(label: $0[0], value: Double($0[1]) ?? 0, shown: $0[1]) })
        ))
        tables.append(AnalyticsTable(
            id: "exits", caption: Phrase.anExitsReached(language), headers: [Phrase.anExitPage(language), Phrase.anTimesShown(language)],
            rows: funnel.exits.map { [$0.title, String($0.count)] }
        ))
        tables.append(AnalyticsTable(
            id: "errors", caption: Phrase.anCommonErrors(language), headers: [Phrase.anQuestionAndError(language), Phrase.anTimes(language)],
            rows: funnel.errors.map { [$0.title, String($0.count)] }
        ))
        return tables
    }
}
