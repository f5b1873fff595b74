import Domain

/// `/analytics/decisions`: time to decide (median and 90th percentile, from the `decided` counters), the share
/// decided within target, and the backlog of open cases by age.
public struct AnalyticsDecisionsPage: AnalyticsDashboardPage {
    public struct Row: Sendable, Equatable {
        public var title: String
        public var times: DecisionTimes
        public var inTarget: Int
        public var late: Int

        public init(title: String, times: DecisionTimes, inTarget: Int, late: Int) {
            self.title = title
            self.times = times
            self.inTarget = inTarget
            self.late = late
        }
    }

    public struct Backlog: Sendable, Equatable {
        public var title: String
        /// One count per `BacklogBand`.
        public var bands: [Int]

        public init(title: String, bands: [Int]) {
            self.title = title
            self.bands = bands
        }
    }

    public static let dashboard = AnalyticsDashboard.decisions
    public var layout: LayoutModel
    public var filter: AnalyticsFilterForm
    public var period: (from: CalendarDay, to: CalendarDay)?
    public var rows: [Row]
    public var overall: Row?
    public var backlog: [Backlog]

    public init(layout: LayoutModel, filter: AnalyticsFilterForm, period: (from: CalendarDay, to: CalendarDay)?, rows: [Row], overall: Row?,
                backlog: [Backlog]) {
        self.layout = layout
        self.filter = filter
        self.period = period
        self.rows = rows
        self.overall = overall
        self.backlog = backlog
    }

    public func tables() -> [AnalyticsTable] {
        guard period != nil else { return [] }
        let language = layout.language
        let decided = (rows + (overall.map { [$0] } ?? [])).map { row in
            [row.title, String(row.times.decided), AnalyticsNumber.days(row.times.median, language),
             AnalyticsNumber.days(row.times.ninetieth, language), AnalyticsNumber.percent(analyticsShare(row.inTarget, of: row.inTarget + row.late))]
        }
        let bandNames = BacklogBand.allCases.map { $0.anName(language) }
        var bandTotals = Array(repeating: 0, count: bandNames.count)
        for row in backlog { for (index, count) in row.bands.enumerated() where index < bandTotals.count { bandTotals[index] += count } }
        return [
            AnalyticsTable(
                id: "decisions", caption: Phrase.anTimeToDecide(language),
                headers: [Phrase.anService(language), Phrase.anDecided(language), Phrase.anMedian(language), Phrase.anNinetieth(language),
                          Phrase.anInTarget(language)],
                rows: rows.isEmpty ? [] : decided,
                chart: rows.isEmpty ? nil : AnalyticsChart(
                    title: Phrase.anMedianByService(language), summary: Phrase.anChartSummary(Phrase.anTimeToDecide(language))(language),
                    bars: rows.map { .init(label: $0.title, value: Double($0.times.median ?? 0), shown: AnalyticsNumber.days($0.times.median, language)) }
                )
            ),
            AnalyticsTable(
                id: "backlog", caption: Phrase.anBacklog(language),
                headers: [Phrase.anService(language)] + bandNames + [Phrase.anTotal(language)],
                rows: backlog.map { [$0.title] + $0.bands.map(String.init) + [String($0.bands.reduce(0, +))] },
                chart: backlog.isEmpty ? nil : AnalyticsChart(
                    title: Phrase.anBacklogByAge(language), summary: Phrase.anChartSummary(Phrase.anBacklog(language))(language),
                    bars: zip(bandNames, bandTotals).map { .init(label: $0, value: Double($1), shown: String($1)) }
                )
            ),
        ]
    }
}

extension BacklogBand {
    public func anName(_ language: Language) -> String {
        switch self {
        case .upToAWeek: Phrase.anBandWeek(language)
        case .upToFourWeeks: Phrase.anBandFourWeeks(language)
        case .upToThirteenWeeks: Phrase.anBandThirteenWeeks(language)
        case .older: Phrase.anBandOlder(language)
        }
    }
}
