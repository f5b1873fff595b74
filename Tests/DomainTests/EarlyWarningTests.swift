import Foundation
import Testing
@testable import Domain

@Suite("Early warning: demand well above its usual level")
struct EarlyWarningTests {
    /// A Poisson draw (Knuth's method for small means, a rounded normal for large ones), seeded.
    static func poisson(_ mean: Double, _ random: inout SeededRandom) -> Int {
        if mean > 60 {
            let u1 = max(Double.random(in: 0..<1, using: &random), 1e-12), u2 = Double.random(in: 0..<1, using: &random)
            let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            return max(0, Int((mean + normal * mean.squareRoot()).rounded()))
        }
        let limit = exp(-mean)
        var product = Double.random(in: 0..<1, using: &random), count = 0
        while product > limit {
            product *= Double.random(in: 0..<1, using: &random)
            count += 1
        }
        return count
    }

    /// Daily submissions for one service in one area: `level` a day on average, shaped by `DemandPattern` (weekdays
    /// and a winter peak a quarter above the mean), Poisson noise on top.
    static func series(level: Double, from first: CalendarDay, days: Int, seed: UInt64, area: String = "W01") -> [DemandCount] {
        var random = SeededRandom(seed: seed)
        let pattern = DemandPattern()
        return (0..<days).map { offset in
            let day = first.adding(days: offset)
            return DemandCount(serviceSlug: "report-a-pothole", area: area, day: day.dayNumber,
                               count: poisson(level * pattern.weight(of: day), &random))
        }
    }

    @Test("the Poisson bound is the smallest count with a tail at most the false-alarm chance")
    func poissonUpperBound() {
        // P(X ≥ 6 | 1) ≈ 0.00059, P(X ≥ 5 | 1) ≈ 0.0037.
        #expect(DemandRule.poissonUpper(mean: 1, tail: 0.001) == 6)
        // P(X ≥ 19 | 8) ≈ 0.00065, P(X ≥ 18 | 8) ≈ 0.0016.
        #expect(DemandRule.poissonUpper(mean: 8, tail: 0.001) == 19)
        // Large means stay finite (no underflow) and sit about 3.1 standard deviations up.
        let large = DemandRule.poissonUpper(mean: 2000, tail: 0.001)
        #expect((2000 + 3.0 * 2000.0.squareRoot())...(2000 + 3.3 * 2000.0.squareRoot()) ~= Double(large))
        #expect(DemandRule.poissonUpper(mean: 0, tail: 0.001) == 1)
    }

    @Test("the threshold is never below the minimum nor the ratio times the usual level")
    func thresholdFloors() {
        let rule = DemandRule()
        #expect(rule.threshold(expected: 0) == 5)
        #expect(rule.threshold(expected: 0.2) == 5)
        #expect(rule.threshold(expected: 400) == 600, "at 400 a day the ratio (1.5) binds, not the Poisson bound (~475)")
        #expect(DemandRule(falseAlarm: 0.001).threshold(expected: 8) == 19)
    }

    @Test("a planted spike is found, on its day and area only")
    func plantedSpikeIsFound() {
        let rule = DemandRule()
        let first = CalendarDay(year: 2025, month: 1, day: 6)
        var counts = Self.series(level: 6, from: first, days: 120, seed: 7)
            + Self.series(level: 6, from: first, days: 120, seed: 8, area: "W02")
        let spikeDay = first.adding(days: 100)
        let index = try! #require(counts.firstIndex { $0.day == spikeDay.dayNumber && $0.area == "W01" })
        let usual = rule.expected(rule.historyDays(for: spikeDay).map { day in counts.first { $0.day == day.dayNumber && $0.area == "W01" }?.count ?? 0 })
        counts[index].count = Int((usual * 3).rounded()) + 6
        let alerts = rule.alerts(on: spikeDay, counts: counts)
        #expect(alerts.count == 1)
        #expect(alerts.first?.area == "W01")
        #expect(alerts.first?.observed == counts[index].count)
        #expect(alerts.first.map { abs($0.expected - usual) < 1e-9 } == true)
        // A day with no area is never alerted on.
        #expect(rule.alerts(on: spikeDay, counts: counts.map { var c = $0; c.area = ""; return c }).isEmpty)
    }

    /// The stated bound (docs/analytics.md, "Early warning"): over two years of ordinary seasonal and weekly demand
    /// at levels from 1 to 200 a day, false alarms stay under 1 in 1,000 area-days.
    @Test("ordinary seasonal and weekly variation raises under 1 false alarm in 1,000 area-days")
    func seasonalVariationIsQuiet() {
        let rule = DemandRule()
        let first = CalendarDay(year: 2024, month: 1, day: 1)
        var checked = 0, alarms = 0
        for (index, level) in [1.0, 3, 8, 20, 50, 200].enumerated() {
            for copy in 0..<4 {
                let counts = Self.series(level: level, from: first, days: 730, seed: UInt64(100 * index + copy))
                let byDay = Dictionary(counts.map { ($0.day, $0) }, uniquingKeysWith: { a, _ in a })
                for offset in (7 * rule.weeks)..<730 {
                    let day = first.adding(days: offset)
                    let window = ([day] + rule.historyDays(for: day)).compactMap { byDay[$0.dayNumber] }
                    checked += 1
                    alarms += rule.alerts(on: day, counts: window).count
                }
            }
        }
        let rate = Double(alarms) / Double(checked)
        #expect(checked > 15_000)
        #expect(rate < 0.001, "\(alarms) false alarms in \(checked) area-days")
        print("early warning: \(alarms) false alarms in \(checked) ordinary area-days (\(rate))")
    }
}
