import Foundation

/// A sum of `measure_counts` rows for one service, day, measure, detail, channel and area (versions and languages
/// added together): what open data and the performance pages are made from.
public struct MeasureTotal: Sendable, Equatable {
    public var service: String
    public var day: Int
    public var measure: String
    public var detail: String
    public var channel: String
    public var area: String
    public var count: Int

    public init(service: String, day: Int, measure: String, detail: String = "", channel: String = "online", area: String = "", count: Int) {
        self.service = service
        self.day = day
        self.measure = measure
        self.detail = detail
        self.channel = channel
        self.area = area
        self.count = count
    }

    /// The month of the day, as "YYYY-MM".
    public var month: String { Self.month(of: day) }

    public static func month(of day: Int) -> String {
        let date = CalendarDay(dayNumber: day)
        return String(format: "%04d-%02d", date.year, date.month)
    }
}

/// What open data and the performance pages read: counters added up (personal data never leaves the counters), the
/// areas' names and the unit costs per channel.
public protocol OpenDataReading: Sendable {
    /// Totals of `measures` from `fromDay` to `toDay` inclusive.
    func measureTotals(measures: [String], fromDay: Int, toDay: Int) async throws -> [MeasureTotal]
    /// Every area's name by its code.
    func areaNames() async throws -> [(code: String, name: String)]
    /// Pence per transaction by service ('' for the default) and channel.
    func channelCosts() async throws -> [String: [String: Int]]
}

/// The median of values given as (value, how many times).
func weightedMedian(_ values: [(value: Double, count: Int)]) -> Double? {
    let sorted = values.filter { $0.count > 0 }.sorted { $0.value < $1.value }
    let total = sorted.reduce(0) { $0 + $1.count }
    guard total > 0 else { return nil }
    func at(_ position: Int) -> Double {
        var seen = 0
        for entry in sorted {
            seen += entry.count
            if seen > position { return entry.value }
        }
        return sorted[sorted.count - 1].value
    }
    return total % 2 == 1 ? at(total / 2) : (at(total / 2 - 1) + at(total / 2)) / 2
}
