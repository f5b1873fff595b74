import Foundation

/// The application's one source of time: `now` for instants (sessions, links, jobs, the audit trail) and `today`,
/// derived from it in the council's time zone, for date rules. Built once by the application builder; tests make one
/// with a fixed `now`, or (`fixingToday`) with today fixed while instants still pass.
public struct CouncilClock: Sendable {
    private let read: @Sendable () -> Date
    private let day: @Sendable (Date) -> CalendarDay

    public init(now: @escaping @Sendable () -> Date = Date.init, timeZone: TimeZone = CouncilClock.councilTimeZone) {
        read = now
        var zoned = Calendar(identifier: .gregorian)
        zoned.timeZone = timeZone
        let calendar = zoned
        day = { date in
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        }
    }

    /// For tests whose date rules need one day every day they run, while sessions and links still age in real time.
    public init(now: @escaping @Sendable () -> Date = Date.init, fixingToday today: @escaping @Sendable () -> CalendarDay) {
        read = now
        day = { _ in today() }
    }

    public static let councilTimeZone = TimeZone(identifier: "Europe/London") ?? .gmt
    public static let system = CouncilClock()

    public func now() -> Date { read() }
    public func today() -> CalendarDay { day(read()) }
}
