import Foundation

/// Working days: Monday to Friday, less public holidays. Targets ("decide within 10 working days") count in these.
public struct WorkingCalendar: Sendable, Equatable {
    public let name: String
    public let holidays: Set<CalendarDay>

    public init(name: String, holidays: some Sequence<CalendarDay>) {
        self.name = name
        self.holidays = Set(holidays)
    }

    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        let weekday = day.weekday
        return weekday != 0 && weekday != 6 && !holidays.contains(day)
    }

    /// The day `count` working days after `start` (the start day itself does not count).
    public func adding(workingDays count: Int, to start: CalendarDay) -> CalendarDay {
        var day = start
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// Working days after `start` up to and including `end`; negative when `end` is before `start`.
    public func workingDays(from start: CalendarDay, to end: CalendarDay) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// Scotland's public (bank) holidays 2025 to 2027, as published by the UK Government, with the substitute days
    /// that apply when a holiday falls at a weekend.
    public static let scotland = WorkingCalendar(name: "Scotland", holidays: [
        "2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26",
        "2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28",
        "2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28",
    ].compactMap { CalendarDay(iso: $0) })

    /// Reads a calendar file: one `YYYY-MM-DD` per line, optionally followed by `# name`; blank lines and lines
    /// starting with `#` are ignored. Problems come back as `FILE:LINE: message`, all of them.
    public static func parse(_ text: String, file: String) throws(CalendarProblems) -> WorkingCalendar {
        var days: [CalendarDay] = []
        var problems: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            if let day = CalendarDay(iso: line) {
                days.append(day)
            } else {
                problems.append("\(file):\(index + 1): \(line) is not a date in the form 2026-12-25")
            }
        }
        if !problems.isEmpty { throw CalendarProblems(lines: problems) }
        return WorkingCalendar(name: file, holidays: days)
    }
}

public struct CalendarProblems: Error, Equatable {
    public let lines: [String]
}
