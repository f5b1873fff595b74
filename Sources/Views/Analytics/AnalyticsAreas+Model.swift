import Domain

/// `/analytics/areas`: the dashboards' figures side by side for each area (ward), and for requests whose area is
/// not known.
public struct AnalyticsAreasPage: AnalyticsDashboardPage {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var submitted: Int
        public var online: Int
        public var started: Int
        public var completed: Int
        public var times: DecisionTimes
        public var inTarget: Int
        public var late: Int
        public var backlog: Int

        public init(name: String, submitted: Int, online: Int, started: Int, completed: Int, times: DecisionTimes, inTarget: Int, late: Int,
                    backlog: Int) {
            self.name = name
            self.submitted = submitted
            self.online = online
            self.started = started
            self.completed = completed
            self.times = times
            self.inTarget = inTarget
            self.late = late
            self.backlog = backlog
        }
    }

    public static let dashboard = AnalyticsDashboard.areas
    public var layout: LayoutModel
    public var filter: AnalyticsFilterForm
    public var period: (from: CalendarDay, to: CalendarDay)?
    public var rows: [Row]

    public init(layout: LayoutModel, filter: AnalyticsFilterForm, period: (from: CalendarDay, to: CalendarDay)?, rows: [Row]) {
        self.layout = layout
        self.filter = filter
        self.period = period
        self.rows = rows
    }

    public func tables() -> [AnalyticsTable] {
        guard period != nil else { return [] }
        let language = layout.language
        return [AnalyticsTable(
            id: "areas", caption: Phrase.anByArea(language),
            headers: [Phrase.anArea(language), Phrase.anSubmitted(language), Phrase.anDigitalTakeUp(language), Phrase.anCompletionRate(language),
                      Phrase.anMedian(language), Phrase.anNinetieth(language), Phrase.anInTarget(language), Phrase.anOpenCases(language)],
            rows: rows.map { row in
                [row.name, String(row.submitted), AnalyticsNumber.percent(analyticsShare(row.online, of: row.submitted)),
                 AnalyticsNumber.percent(analyticsShare(row.completed, of: row.started)), AnalyticsNumber.days(row.times.median, language),
                 AnalyticsNumber.days(row.times.ninetieth, language), AnalyticsNumber.percent(analyticsShare(row.inTarget, of: row.inTarget + row.late)),
                 String(row.backlog)]
            },
            chart: AnalyticsChart(
                title: Phrase.anSubmissionsByArea(language), summary: Phrase.anChartSummary(Phrase.anByArea(language))(language),
                bars: rows.map { .init(label: $0.name, value: Double($0.submitted), shown: String($0.submitted)) }
            )
        )]
    }
}
