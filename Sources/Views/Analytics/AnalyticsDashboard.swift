import Domain
import Foundation

/// The analyst's dashboards, in the order the sub-navigation lists them.
public enum AnalyticsDashboard: String, Sendable, CaseIterable {
    case overview, demand, completion, satisfaction, costs, decisions, areas

    public var path: String { self == .overview ? "/analytics" : "/analytics/\(rawValue)" }

    public var title: Phrase {
        switch self {
        case .overview: .navAnalytics
        case .demand: .anDemand
        case .completion: .anCompletion
        case .satisfaction: .anSatisfaction
        case .costs: .anCosts
        case .decisions: .anDecisions
        case .areas: .anAreas
        }
    }
}

/// The filter every dashboard has (sent in the address, so a view can be bookmarked and shared): a period, a service,
/// an area and, for demand, a channel, with the choices this person may make and any problems with what was typed.
public struct AnalyticsFilterForm: Sendable, Equatable {
    public var from: String
    public var to: String
    public var service: String
    public var area: String
    public var channel: String
    /// The services this person may see, by title.
    public var services: [ServiceChoice]
    /// Empty when no areas are loaded: then there is no area control.
    public var areas: [AnalyticsArea]
    public var showsChannel: Bool
    public var errors: [FieldError]
    /// The filter as address fields (`from=…&to=…`), for links to other dashboards and the CSV downloads.
    public var query: String

    public init(from: String, to: String, service: String, area: String, channel: String, services: [ServiceChoice],
                areas: [AnalyticsArea], showsChannel: Bool, errors: [FieldError], query: String) {
        self.from = from
        self.to = to
        self.service = service
        self.area = area
        self.channel = channel
        self.services = services
        self.areas = areas
        self.showsChannel = showsChannel
        self.errors = errors
        self.query = query
    }

    public func address(_ dashboard: AnalyticsDashboard, extra: [(String, String)] = []) -> String {
        let fields = ([query] + extra.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }).filter { !$0.isEmpty }
        return fields.isEmpty ? dashboard.path : dashboard.path + "?" + fields.joined(separator: "&")
    }

    /// The CSV download of one table on `dashboard`.
    public func csvAddress(_ dashboard: AnalyticsDashboard, table: String, extra: [(String, String)] = []) -> String {
        address(dashboard, extra: extra + [("format", "csv"), ("table", table)])
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    public static func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }
}

/// One table of figures as a dashboard shows it and as its CSV download writes it, with the chart drawn from it.
public struct AnalyticsTable: Sendable, Equatable {
    /// The name in the CSV download's address (`table=`).
    public var id: String
    public var caption: String
    public var headers: [String]
    public var rows: [[String]]
    public var chart: AnalyticsChart?

    public init(id: String, caption: String, headers: [String], rows: [[String]], chart: AnalyticsChart? = nil) {
        self.id = id
        self.caption = caption
        self.headers = headers
        self.rows = rows
        self.chart = chart
    }
}

/// A bar chart: one bar per row, its length the value, the label and the figure as text beside it.
public struct AnalyticsChart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var shown: String

        public init(label: String, value: Double, shown: String) {
            self.label = label
            self.value = value
            self.shown = shown
        }
    }

    public var title: String
    /// The text alternative: what the chart shows and where the figures are.
    public var summary: String
    public var bars: [Bar]

    public init(title: String, summary: String, bars: [Bar]) {
        self.title = title
        self.summary = summary
        self.bars = bars
    }
}

/// What every dashboard page has: its filter and its tables (the CSV downloads are these tables).
public protocol AnalyticsDashboardPage: PageModel {
    static var dashboard: AnalyticsDashboard { get }
    var filter: AnalyticsFilterForm { get }
    /// The period the figures cover, as shown; nil when the filter has problems (no figures are shown then).
    var period: (from: CalendarDay, to: CalendarDay)? { get }
    func tables() -> [AnalyticsTable]
}

extension AnalyticsDashboardPage {
    public func table(_ id: String) -> AnalyticsTable? { tables().first { $0.id == id } }
}

/// How figures read on the dashboards.
public enum AnalyticsNumber {
    public static func count(_ value: Int) -> String { String(value) }

    public static func percent(_ share: Double?) -> String {
        share.map { String(format: "%.1f%%", $0 * 100) } ?? "–"
    }

    public static func pounds(_ pence: Double?) -> String {
        pence.map { String(format: "£%.2f", $0 / 100) } ?? "–"
    }

    public static func days(_ days: Int?, _ language: Language) -> String {
        days.map { Phrase.anDays($0)(language) } ?? "–"
    }

    public static func day(_ day: CalendarDay, _ language: Language) -> String {
        DisplayDate.day(Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + 12 * 3600), language)
    }
}
