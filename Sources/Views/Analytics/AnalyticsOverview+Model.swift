import Domain

/// `/analytics`: the four service KPIs for the filter, each linking to its dashboard.
public struct AnalyticsOverviewPage: AnalyticsDashboardPage {
    public struct Figures: Sendable, Equatable {
        public var cost: CostPerTransaction
        /// Feedback ratings given, and how many were satisfied or very satisfied.
        public var ratings: Int
        public var satisfied: Int
        /// Journeys started and submissions made on the channels journeys are started on.
        public var started: Int
        public var completed: Int
        /// Submissions made online, and on every channel.
        public var online: Int
        public var submitted: Int

        public init(cost: CostPerTransaction, ratings: Int, satisfied: Int, started: Int, completed: Int, online: Int, submitted: Int) {
            self.cost = cost
            self.ratings = ratings
            self.satisfied = satisfied
            self.started = started
            self.completed = completed
            self.online = online
            self.submitted = submitted
        }
    }

    public static let dashboard = AnalyticsDashboard.overview
    public var layout: LayoutModel
    public var filter: AnalyticsFilterForm
    public var period: (from: CalendarDay, to: CalendarDay)?
    public var figures: Figures?

    public init(layout: LayoutModel, filter: AnalyticsFilterForm, period: (from: CalendarDay, to: CalendarDay)?, figures: Figures?) {
        self.layout = layout
        self.filter = filter
        self.period = period
        self.figures = figures
    }

    public func tables() -> [AnalyticsTable] {
        guard let figures else { return [] }
        let language = layout.language
        let n = AnalyticsNumber.self
        let costBasis = figures.cost.missing.isEmpty
            ? Phrase.anTransactions(figures.cost.transactions)(language)
            : Phrase.anCostMissing(figures.cost.missing.map { $0.boName(language) }.joined(separator: ", "))(language)
        return [AnalyticsTable(
            id: "kpis", caption: Phrase.anKPIs(language),
            headers: [Phrase.anMeasure(language), Phrase.anFigure(language), Phrase.anBasedOn(language)],
            rows: [
                [Phrase.anCostPerTransaction(language), n.pounds(figures.cost.pence), costBasis],
                [Phrase.anUserSatisfaction(language), n.percent(analyticsShare(figures.satisfied, of: figures.ratings)),
                 Phrase.anResponses(figures.ratings)(language)],
                [Phrase.anCompletionRate(language), n.percent(analyticsShare(figures.completed, of: figures.started)),
                 Phrase.anStartedSubmitted(figures.started, figures.completed)(language)],
                [Phrase.anDigitalTakeUp(language), n.percent(analyticsShare(figures.online, of: figures.submitted)),
                 Phrase.anOnlineOfAll(figures.online, figures.submitted)(language)],
            ]
        )]
    }
}
