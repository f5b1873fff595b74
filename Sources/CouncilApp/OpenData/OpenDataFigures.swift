import Domain
import Foundation
import Synchronization

/// The open figures for the last 14 months, worked out from the counters at most once a minute: open data is not
/// needed to the second, and the sums over a year of counters are the slowest read on these pages.
final class OpenDataFigures: Sendable {
    struct Figures: Sendable {
        var requestsByArea: RequestsByArea
        var totals: [MeasureTotal]
        var costs: [String: [String: Int]]
        var fromDay: Int
        var toDay: Int
    }

    private let reading: any OpenDataReading
    private let suppression: SmallNumberSuppression
    private let today: @Sendable () -> CalendarDay
    private let cached = Mutex<(figures: Figures, at: ContinuousClock.Instant)?>(nil)
    static let maxAge: Duration = .seconds(60)

    init(reading: any OpenDataReading, suppression: SmallNumberSuppression, today: @escaping @Sendable () -> CalendarDay) {
        self.reading = reading
        self.suppression = suppression
        self.today = today
    }

    var threshold: Int { suppression.threshold }

    /// The 14 months to today: from the first day of the month 13 months back.
    static func window(today: CalendarDay) -> (from: Int, to: Int) {
        var year = today.year, month = today.month - 13
        while month < 1 { month += 12; year -= 1 }
        return (CalendarDay(year: year, month: month, day: 1).dayNumber, today.dayNumber)
    }

    func figures() async throws -> Figures {
        let now = ContinuousClock.now
        if let cached = cached.withLock({ $0 }), now - cached.at < Self.maxAge { return cached.figures }
        let window = Self.window(today: today())
        let measures = Array(Set(RequestsByArea.measures + ServicePerformance.measures)).sorted()
        let totals = try await reading.measureTotals(measures: measures, fromDay: window.from, toDay: window.to)
        let figures = Figures(
            requestsByArea: RequestsByArea(totals: totals, areas: try await reading.areaNames(), suppression: suppression),
            totals: totals, costs: try await reading.channelCosts(), fromDay: window.from, toDay: window.to
        )
        cached.withLock { $0 = (figures, now) }
        return figures
    }

    func performance(service: String) async throws -> ServicePerformance {
        let figures = try await figures()
        return ServicePerformance(service: service, totals: figures.totals, costs: figures.costs, suppression: suppression)
    }
}
