import Domain

/// `/analytics/demand`: submissions over time by channel, and by service, with digital take-up (online ÷ all channels).
public struct AnalyticsDemandPage: AnalyticsDashboardPage {
    public struct Step: Sendable, Equatable {
        public var start: CalendarDay
        public var byChannel: [Channel: Int]

        public init(start: CalendarDay, byChannel: [Channel: Int]) {
            self.start = start
            self.byChannel = byChannel
        }
    }

    public struct ServiceRow: Sendable, Equatable {
        public var title: String
        public var byChannel: [Channel: Int]

        public init(title: String, byChannel: [Channel: Int]) {
            self.title = title
            self.byChannel = byChannel
        }
    }

    public static let dashboard = AnalyticsDashboard.demand
    public var layout: LayoutModel
    public var filter: AnalyticsFilterForm
    public var period: (from: CalendarDay, to: CalendarDay)?
    public var stepSize: DayBucketSize
    public var steps: [Step]
    public var services: [ServiceRow]

    public init(layout: LayoutModel, filter: AnalyticsFilterForm, period: (from: CalendarDay, to: CalendarDay)?, stepSize: DayBucketSize,
                steps: [Step], services: [ServiceRow]) {
        self.layout = layout
        self.filter = filter
        self.period = period
        self.stepSize = stepSize
        self.steps = steps
        self.services = services
    }

    /// The channels shown as columns: the one chosen, or all.
    public var channels: [Channel] { Channel(rawValue: filter.channel).map { [$0] } ?? Channel.allCases }

    public var online: Int { services.reduce(0) { $0 + ($1.byChannel[.online] ?? 0) } }
    public var total: Int { services.reduce(0) { $0 + $1.byChannel.values.reduce(0, +) } }

    public func tables() -> [AnalyticsTable] {
        guard period != nil else { return [] }
        let language = layout.language
        let stepHeader = stepSize == .day ? Phrase.anDay(language) : stepSize == .week ? Phrase.anWeekStarting(language) : Phrase.anMonth(language)
        let channelHeaders = channels.map { $0.boName(language) }
        let overTime = AnalyticsTable(
            id: "over-time", caption: Phrase.anSubmissionsOverTime(language),
            headers: [stepHeader] + channelHeaders + [Phrase.anTotal(language)],
            rows: steps.map { step in
                let counts = channels.map { step.byChannel[$0] ?? 0 }
                return [step.start.iso] + counts.map(String.init) + [String(counts.reduce(0, +))]
            },
            chart: AnalyticsChart(
                title: Phrase.anSubmissionsOverTime(language), summary: Phrase.anChartSummary(Phrase.anSubmissionsOverTime(language))(language),
                bars: steps.map { step in
                    let total = channels.reduce(0) { $0 + (step.byChannel[$1] ?? 0) }
                    return .init(label: step.start.iso, value: Double(total), shown: String(total))
                }
            )
        )
        let byService = AnalyticsTable(
            id: "by-service", caption: Phrase.anSubmissionsByService(language),
            headers: [Phrase.anService(language)] + channelHeaders + [Phrase.anTotal(language), Phrase.anDigitalTakeUp(language)],
            rows: services.map { row in
                let counts = channels.map { row.byChannel[$0] ?? 0 }
                let all = row.byChannel.values.reduce(0, +)
                return [row.title] + counts.map(String.init)
                    + [String(counts.reduce(0, +)), AnalyticsNumber.percent(analyticsShare(row.byChannel[.online] ?? 0, of: all))]
            },
            chart: AnalyticsChart(
                title: Phrase.anDigitalTakeUpByService(language), summary: Phrase.anChartSummary(Phrase.anSubmissionsByService(language))(language),
                bars: services.map { row in
                    let share = analyticsShare(row.byChannel[.online] ?? 0, of: row.byChannel.values.reduce(0, +))
                    return .init(label: row.title, value: share ?? 0, shown: AnalyticsNumber.percent(share))
                }
            )
        )
        return [overTime, byService]
    }
}
