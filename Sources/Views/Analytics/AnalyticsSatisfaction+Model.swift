import Domain

/// `/analytics/satisfaction`: how the feedback question was answered, the share satisfied, and the latest comments
/// (citizens' own words: shown with the day and service only, and each showing is on the audit trail).
public struct AnalyticsSatisfactionPage: AnalyticsDashboardPage {
    public struct Comment: Sendable, Equatable {
        public var day: CalendarDay
        public var service: String
        public var rating: SatisfactionRating?
        public var text: String

        public init(day: CalendarDay, service: String, rating: SatisfactionRating?, text: String) {
            self.day = day
            self.service = service
            self.rating = rating
            self.text = text
        }
    }

    public static let dashboard = AnalyticsDashboard.satisfaction
    public var layout: LayoutModel
    public var filter: AnalyticsFilterForm
    public var period: (from: CalendarDay, to: CalendarDay)?
    public var ratings: [SatisfactionRating: Int]
    public var comments: [Comment]

    public init(layout: LayoutModel, filter: AnalyticsFilterForm, period: (from: CalendarDay, to: CalendarDay)?,
                ratings: [SatisfactionRating: Int], comments: [Comment]) {
        self.layout = layout
        self.filter = filter
        self.period = period
        self.ratings = ratings
        self.comments = comments
    }

    public var responses: Int { ratings.values.reduce(0, +) }
    public var satisfied: Int { ratings.filter { $0.key.isSatisfied }.values.reduce(0, +) }

    public func tables() -> [AnalyticsTable] {
        guard period != nil else { return [] }
        let language = layout.language
        let rows = SatisfactionRating.listed.map { rating in
            [rating.anName(language), String(ratings[rating] ?? 0), AnalyticsNumber.percent(analyticsShare(ratings[rating] ?? 0, of: responses))]
        }
        return [AnalyticsTable(
            id: "ratings", caption: Phrase.anRatings(language),
            headers: [Phrase.anRating(language), Phrase.anResponsesHeader(language), Phrase.anShare(language)],
            rows: responses == 0 ? [] : rows,
            chart: responses == 0 ? nil : AnalyticsChart(
                title: Phrase.anRatings(language), summary: Phrase.anChartSummary(Phrase.anRatings(language))(language),
                bars: rows.map { .init(label: $0[0], value: Double($0[1]) ?? 0, shown: $0[1]) }
            )
        )]
    }
}

extension SatisfactionRating {
    public func anName(_ language: Language) -> String {
        switch self {
        case .verySatisfied: Phrase.anVerySatisfied(language)
        case .satisfied: Phrase.anSatisfied(language)
        case .neither: Phrase.anNeither(language)
        case .dissatisfied: Phrase.anDissatisfied(language)
        case .veryDissatisfied: Phrase.anVeryDissatisfied(language)
        }
    }
}
