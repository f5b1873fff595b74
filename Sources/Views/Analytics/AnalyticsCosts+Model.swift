import Domain

/// `/analytics/costs`: cost per transaction (Σ channel transactions × unit cost ÷ transactions) by service, and the
/// form where the council enters what a transaction costs on each channel, as a default or for one service.
public struct AnalyticsCostsPage: AnalyticsDashboardPage {
    public struct Row: Sendable, Equatable {
        public var title: String
        public var cost: CostPerTransaction

        public init(title: String, cost: CostPerTransaction) {
            self.title = title
            self.cost = cost
        }
    }

    /// The unit cost form: the service ("" for the default) and an amount in pounds per channel, as typed.
    public struct CostForm: Sendable, Equatable {
        public var service: String
        public var amounts: [Channel: String]
        public var errors: [FieldError]

        public init(service: String, amounts: [Channel: String], errors: [FieldError] = []) {
            self.service = service
            self.amounts = amounts
            self.errors = errors
        }
    }

    public struct UnitCost: Sendable, Equatable {
        public var serviceTitle: String?
        public var channel: Channel
        public var pence: Int

        public init(serviceTitle: String?, channel: Channel, pence: Int) {
            self.serviceTitle = serviceTitle
            self.channel = channel
            self.pence = pence
        }
    }

    public static let dashboard = AnalyticsDashboard.costs
    public var layout: LayoutModel
    public var filter: AnalyticsFilterForm
    public var period: (from: CalendarDay, to: CalendarDay)?
    public var rows: [Row]
    public var overall: CostPerTransaction?
    public var unitCosts: [UnitCost]
    public var csrfToken: String
    public var form: CostForm
    /// The services whose costs this person may enter (an analyst limited to services may not set the default).
    public var formServices: [ServiceChoice]
    public var mayEnterDefault: Bool
    public var saved: Bool

    public init(layout: LayoutModel, filter: AnalyticsFilterForm, period: (from: CalendarDay, to: CalendarDay)?, rows: [Row],
                overall: CostPerTransaction?, unitCosts: [UnitCost], csrfToken: String, form: CostForm, formServices: [ServiceChoice],
                mayEnterDefault: Bool, saved: Bool) {
        self.layout = layout
        self.filter = filter
        self.period = period
        self.rows = rows
        self.overall = overall
        self.unitCosts = unitCosts
        self.csrfToken = csrfToken
        self.form = form
        self.formServices = formServices
        self.mayEnterDefault = mayEnterDefault
        self.saved = saved
    }

    public func tables() -> [AnalyticsTable] {
        let language = layout.language
        var tables: [AnalyticsTable] = []
        if period != nil {
            let rows = rows.map { row in
                [row.title, String(row.cost.transactions), AnalyticsNumber.pounds(row.cost.pence),
                 row.cost.missing.isEmpty ? "" : Phrase.anCostMissing(row.cost.missing.map { $0.boName(language) }.joined(separator: ", "))(language)]
            }
            tables.append(AnalyticsTable(
                id: "cost-per-transaction", caption: Phrase.anCostPerTransaction(language),
                headers: [Phrase.anService(language), Phrase.anTransactionsHeader(language), Phrase.anCostPerTransaction(language),
                          Phrase.anNote(language)],
                rows: rows,
                chart: AnalyticsChart(
                    title: Phrase.anCostPerTransaction(language), summary: Phrase.anChartSummary(Phrase.anCostPerTransaction(language))(language),
                    bars: self.rows.filter { $0.cost.pence != nil }.map { .init(label: $0.title, value: $0.cost.pence ?? 0, shown: AnalyticsNumber.pounds($0.cost.pence)) }
                )
            ))
        }
        tables.append(AnalyticsTable(
            id: "unit-costs", caption: Phrase.anUnitCosts(language),
            headers: [Phrase.anService(language), Phrase.anChannel(language), Phrase.anUnitCost(language)],
            rows: unitCosts.map { [$0.serviceTitle ?? Phrase.anDefaultAllServices(language), $0.channel.boName(language),
                                   AnalyticsNumber.pounds(Double($0.pence))] }
        ))
        return tables
    }
}
