import Foundation

/// When demand for a service in an area on a day is well above its usual level (docs/analytics.md, "Early warning").
///
/// - expected: the mean of the same weekday's submissions over the previous `weeks` weeks (so the weekly pattern
///   and the season as it stands are both in it; a quiet Sunday is compared with Sundays);
/// - threshold: the smallest count a Poisson count with that mean reaches with probability at most `falseAlarm`
///   (for large means about expected + 3.7·√expected at the default 1 in 10,000), and never below `minimum` nor below `ratio` × expected;
/// - alert when observed ≥ threshold.
/// The Poisson bound keeps ordinary day-to-day noise quiet at every level of demand; the minimum keeps a ward
/// that usually sees nothing from alerting on two or three; the ratio keeps a busy service from alerting on a rise
/// that is statistically clear but too small to act on, and absorbs the lag of an 8-week mean behind the season.
public struct DemandRule: Sendable, Equatable {
    public var weeks = 8
    public var falseAlarm = 0.0001
    public var minimum = 5
    public var ratio = 1.5

    public init(weeks: Int = 8, falseAlarm: Double = 0.0001, minimum: Int = 5, ratio: Double = 1.5) {
        self.weeks = weeks
        self.falseAlarm = falseAlarm
        self.minimum = minimum
        self.ratio = ratio
    }

    /// The days whose counts make `day`'s expected level: the same weekday, 1 to `weeks` weeks before.
    public func historyDays(for day: CalendarDay) -> [CalendarDay] {
        (1...max(1, weeks)).map { day.adding(days: -7 * $0) }
    }

    /// The mean of `history` (one count per history day; a day with none counts 0).
    public func expected(_ history: [Int]) -> Double {
        Double(history.reduce(0, +)) / Double(max(1, weeks))
    }

    public func threshold(expected: Double) -> Int {
        max(minimum, Int((ratio * expected).rounded(.up)), Self.poissonUpper(mean: expected, tail: falseAlarm))
    }

    /// The smallest k with P(X ≥ k) ≤ `tail` for X Poisson with `mean`, summed in log space so large means do not
    /// underflow.
    public static func poissonUpper(mean: Double, tail: Double) -> Int {
        guard mean > 0 else { return 1 }
        let mode = Int(mean.rounded(.down))
        let top = mode + Int(12 * mean.squareRoot()) + 30
        // Terms from the mode up, each from the last; the tail above `top` is below 1e-30 of the mode's term.
        var logTerm = Double(mode) * log(mean) - mean - lgamma(Double(mode) + 1)
        var terms: [Double] = []
        terms.reserveCapacity(top - mode + 1)
        for k in mode...top {
            if k > mode { logTerm += log(mean) - log(Double(k)) }
            terms.append(exp(logTerm))
        }
        var above = 0.0
        var answer = top + 1
        for index in stride(from: terms.count - 1, through: 0, by: -1) {
            above += terms[index]
            if above > tail { break }
            answer = mode + index
        }
        return answer
    }
}

/// Submissions for a service in an area on a day (`measure_counts`, measure `submitted`, summed over versions,
/// channels and languages).
public struct DemandCount: Sendable, Equatable {
    public var serviceSlug: String
    public var area: String
    public var day: Int
    public var count: Int

    public init(serviceSlug: String, area: String, day: Int, count: Int) {
        self.serviceSlug = serviceSlug
        self.area = area
        self.day = day
        self.count = count
    }
}

/// An alert to raise: demand for a service in an area on a day at or above its threshold.
public struct NewDemandAlert: Sendable, Equatable {
    public var serviceSlug: String
    public var area: String
    public var day: Int
    public var observed: Int
    public var expected: Double
    public var threshold: Int

    public init(serviceSlug: String, area: String, day: Int, observed: Int, expected: Double, threshold: Int) {
        self.serviceSlug = serviceSlug
        self.area = area
        self.day = day
        self.observed = observed
        self.expected = expected
        self.threshold = threshold
    }
}

extension DemandRule {
    /// The alerts `day` raises, from the counts of that day and its history days (any others are ignored). Counts
    /// with no area are left out: the warning is about places.
    public func alerts(on day: CalendarDay, counts: [DemandCount]) -> [NewDemandAlert] {
        let history = Set(historyDays(for: day).map(\.dayNumber))
        var observed: [String: [String: Int]] = [:]
        var past: [String: [String: Int]] = [:]
        for count in counts where !count.area.isEmpty {
            if count.day == day.dayNumber {
                observed[count.serviceSlug, default: [:]][count.area, default: 0] += count.count
            } else if history.contains(count.day) {
                past[count.serviceSlug, default: [:]][count.area, default: 0] += count.count
            }
        }
        var alerts: [NewDemandAlert] = []
        for (service, areas) in observed.sorted(by: { $0.key < $1.key }) {
            for (area, seen) in areas.sorted(by: { $0.key < $1.key }) {
                let expected = Double(past[service]?[area] ?? 0) / Double(max(1, weeks))
                let threshold = threshold(expected: expected)
                if seen >= threshold {
                    alerts.append(NewDemandAlert(serviceSlug: service, area: area, day: day.dayNumber, observed: seen,
                                                 expected: expected, threshold: threshold))
                }
            }
        }
        return alerts
    }
}
