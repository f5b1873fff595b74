import Foundation

/// The measure names the dashboards read (docs/analytics.md, "Measures"), as stored in `measure_counts.measure`.
public enum DashboardMeasure {
    public static let started = "started"
    public static let page = "page"
    public static let exit = "exit"
    public static let error = "error"
    public static let saved = "saved"
    public static let submitted = "submitted"
    public static let decided = "decided"
    public static let inTarget = "in_target"
    public static let late = "late"
    public static let feedback = "feedback"
}

/// The channels a journey is started on (the web form, by a citizen or by an agent for a caller): completion rate
/// compares submissions with starts on these only, since API, email and letter submissions have no journey.
public enum JourneyChannels {
    public static let all: [Channel] = [.online, .phone, .faceToFace]
}

/// `part ÷ whole`, or nil when there is nothing to divide by.
public func analyticsShare(_ part: Int, of whole: Int) -> Double? {
    whole > 0 ? Double(part) / Double(whole) : nil
}

/// Times to decide from the `decided` counters, whose detail is the whole days taken: the median and 90th percentile
/// by nearest rank (the smallest number of days within which at least half, or nine in ten, were decided).
public struct DecisionTimes: Sendable, Equatable {
    public let decided: Int
    public let median: Int?
    public let ninetieth: Int?

    public init(histogram: [Int: Int]) {
        let days = histogram.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        decided = days.reduce(0) { $0 + $1.value }
        median = Self.percentile(0.5, days, total: decided)
        ninetieth = Self.percentile(0.9, days, total: decided)
    }

    static func percentile(_ fraction: Double, _ days: [(key: Int, value: Int)], total: Int) -> Int? {
        guard total > 0 else { return nil }
        let rank = Int((fraction * Double(total)).rounded(.up))
        var seen = 0
        for (day, count) in days {
            seen += count
            if seen >= rank { return day }
        }
        return days.last?.key
    }

    /// The histogram from `decided` counters (details that are not whole days are left out).
    public static func histogram(_ counts: [MeasureCount]) -> [Int: Int] {
        var histogram: [Int: Int] = [:]
        for count in counts where count.measure == DashboardMeasure.decided {
            if let days = Int(count.detail), days >= 0 { histogram[days, default: 0] += count.count }
        }
        return histogram
    }
}

/// The GOV.UK satisfaction scale, stored as 1 (very dissatisfied) to 5 (very satisfied).
public enum SatisfactionRating: Int, Sendable, CaseIterable {
    case veryDissatisfied = 1, dissatisfied, neither, satisfied, verySatisfied

    /// Very satisfied first, as the question lists them.
    public static let listed: [SatisfactionRating] = allCases.reversed()

    public var isSatisfied: Bool { self == .satisfied || self == .verySatisfied }
}

/// Cost per transaction: Σ (transactions on a channel × that channel's unit cost) ÷ transactions, with each service's
/// own cost for a channel where entered and the council's default otherwise. Nil when any channel with transactions
/// has no cost entered (those channels are listed), so a missing cost never reads as free.
public struct CostPerTransaction: Sendable, Equatable {
    public let transactions: Int
    public let totalPence: Int
    public let missing: [Channel]

    public var pence: Double? { missing.isEmpty ? analyticsShare(totalPence, of: transactions) : nil }

    public init(submitted: [MeasureCount], costs: [ChannelCost]) {
        var unit: [String: Int] = [:]
        for cost in costs { unit["\(cost.service)\u{1F}\(cost.channel.rawValue)"] = cost.pence }
        var transactions = 0, total = 0
        var missing = Set<Channel>()
        for count in submitted where count.count > 0 {
            transactions += count.count
            guard let channel = Channel(rawValue: count.channel) else { continue }
            if let pence = unit["\(count.service)\u{1F}\(channel.rawValue)"] ?? unit["\u{1F}\(channel.rawValue)"] {
                total += pence * count.count
            } else {
                missing.insert(channel)
            }
        }
        self.transactions = transactions
        totalPence = total
        self.missing = Channel.allCases.filter(missing.contains)
    }
}

/// How old the open cases are: received up to 7 days ago, 8 to 28, 29 to 90, or longer ago.
public enum BacklogBand: Int, Sendable, CaseIterable {
    case upToAWeek, upToFourWeeks, upToThirteenWeeks, older

    /// The youngest age in days of each band but the oldest: a case received `today - n` days ago is in the first
    /// band whose limit is at least n.
    static let oldestDays = [7, 28, 90]

    /// The epoch milliseconds each band but the oldest starts at (the start of the day `today - n`, council time).
    public static func starts(today: CalendarDay, timeZone: TimeZone = CouncilClock.councilTimeZone) -> [Int64] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return oldestDays.map { days in
            let day = today.adding(days: -days)
            let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
            return Int64((date.timeIntervalSince1970 * 1000).rounded())
        }
    }
}

/// A chart's steps over a period: days for up to five weeks, weeks (from the period's first day) up to half a year,
/// months beyond.
public enum DayBucketSize: String, Sendable {
    case day, week, month

    public static func fitting(_ days: ClosedRange<Int>) -> DayBucketSize {
        days.count <= 35 ? .day : days.count <= 183 ? .week : .month
    }

    /// The first day of the step `day` falls in.
    public func start(of day: Int, periodStart: Int) -> Int {
        switch self {
        case .day: return day
        case .week: return periodStart + (day - periodStart) / 7 * 7
        case .month:
            let calendarDay = CalendarDay(dayNumber: day)
            return max(periodStart, CalendarDay(year: calendarDay.year, month: calendarDay.month, day: 1).dayNumber)
        }
    }

    /// Every step's first day over the period, in order.
    public func starts(_ days: ClosedRange<Int>) -> [Int] {
        var starts: [Int] = []
        for day in days {
            let start = start(of: day, periodStart: days.lowerBound)
            if starts.last != start { starts.append(start) }
        }
        return starts
    }
}
