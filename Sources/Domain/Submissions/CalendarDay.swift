import Foundation

/// A date without a time, for "must be in the past" checks; injected so tests can fix "today".
public struct CalendarDay: Sendable, Comparable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today in the councils' time zone.
    public static func today() -> CalendarDay { day(of: Date(), in: london) }

    /// The council's day (Europe/London) at `date`: the day a stored instant counts on.
    public static func councilDay(of date: Date) -> CalendarDay { day(of: date, in: london) }

    public static func today(in timeZone: TimeZone) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return day(of: Date(), in: calendar)
    }

    /// Made once: looking the time zone up and building a calendar cost more than the date arithmetic, and "today"
    /// is asked for on every answered page and submission.
    private static let london: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    private static func day(of date: Date, in calendar: Calendar) -> CalendarDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// Whether the day exists in the Gregorian calendar (no 31 April, 29 February only in leap years).
    public var isReal: Bool {
        guard (1...12).contains(month), day >= 1, year >= 1000, year <= 9999 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
