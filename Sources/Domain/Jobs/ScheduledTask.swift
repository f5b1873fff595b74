import Foundation

/// Work queued once per period (every few minutes, hourly or daily) by every server's scheduler. The period's key is
/// part of the job's idempotency key, so however many servers try, the queue holds one job per period.
public struct ScheduledTask: Sendable, Equatable {
    public enum Period: Sendable, Equatable {
        /// Every `minutes` minutes, aligned to the hour (a divisor of 60 keeps the periods even).
        case minutes(Int)
        case hourly
        /// Once a day, due from `hour` o'clock council time (so reminders do not arrive at midnight).
        case daily(hour: Int)
    }

    /// The job topic that does the work; also its name on `/admin/jobs`.
    public var topic: String
    public var period: Period
    /// What the administrator's page says it does.
    public var summary: String

    public init(topic: String, period: Period, summary: String) {
        self.topic = topic
        self.period = period
        self.summary = summary
    }

    /// The key of the period `date` is in, if its work is due yet: `2026-11-25T10:20` (minutes), `2026-11-25T10`
    /// (hourly), `2026-11-25` (daily, from its hour on).
    public func duePeriod(at date: Date, calendar: Calendar = ScheduledTask.council) -> String? {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute else { return nil }
        let dayKey = CalendarDay(year: year, month: month, day: day).iso
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        switch period {
        case .minutes(let length):
            let step = max(1, length)
            return "\(dayKey)T\(two(hour)):\(two(minute / step * step))"
        case .hourly:
            return "\(dayKey)T\(two(hour))"
        case .daily(let from):
            return hour >= from ? dayKey : nil
        }
    }

    public var periodDescription: String {
        switch period {
        case .minutes(let length): "every \(length) minutes"
        case .hourly: "hourly"
        case .daily(let hour): "daily from \(hour < 10 ? "0" : "")\(hour):00"
        }
    }

    /// The councils' clock (Europe/London), as `CalendarDay.today()` uses.
    public static let council: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    /// The idempotency key of the job for one period.
    public func jobKey(period: String) -> String { "schedule:\(topic):\(period)" }
}
