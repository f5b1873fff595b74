import Foundation

/// How demand rises and falls: by day of the week (weekdays busy, weekends quiet) and through the year (a winter
/// peak a quarter above the average, a summer trough a quarter below). Generated cases are placed on days in
/// proportion, so the counters look like a council's and the early warning has ordinary variation to ignore.
public struct DemandPattern: Sendable, Equatable {
    /// Sunday first, as `CalendarDay.weekday` counts.
    public var weekdays: [Double] = [0.30, 1.30, 1.20, 1.10, 1.05, 0.95, 0.40]
    /// The size of the yearly swing, as a share of the average.
    public var seasonalAmplitude = 0.25
    /// The day of the year demand peaks on (mid January).
    public var peakDayOfYear = 15.0

    public init() {}

    /// How busy `day` is relative to an average day.
    public func weight(of day: CalendarDay) -> Double {
        let yearDay = Double(day.dayNumber - CalendarDay(year: day.year, month: 1, day: 1).dayNumber)
        let season = 1 + seasonalAmplitude * cos(2 * Double.pi * (yearDay - peakDayOfYear) / 365.25)
        return weekdays[day.weekday] * season
    }

    /// Places items `0..<count` on the days from `first` through `last`, oldest first, as many on each day as its
    /// weight says.
    public func placement(from first: CalendarDay, through last: CalendarDay, count: Int) -> Placement {
        var cumulative: [Double] = []
        var total = 0.0
        for number in first.dayNumber...max(first.dayNumber, last.dayNumber) {
            total += weight(of: CalendarDay(dayNumber: number))
            cumulative.append(total)
        }
        return Placement(first: first.dayNumber, cumulative: cumulative, count: max(1, count))
    }

    public struct Placement: Sendable {
        let first: Int
        let cumulative: [Double]
        let count: Int

        /// The day item `index` falls on.
        public func day(of index: Int) -> CalendarDay {
            let target = (Double(index) + 0.5) / Double(count) * (cumulative.last ?? 0)
            var low = 0, high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < target { low = middle + 1 } else { high = middle }
            }
            return CalendarDay(dayNumber: first + low)
        }
    }
}
