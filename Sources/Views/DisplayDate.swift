import Domain
import Foundation

/// The date and time a page shows, in UK time: "25 November 2026, 2:05pm" ("25 An t-Samhain 2026, 14:05" in Gaelic).
/// Worked out with one shared calendar rather than a DateFormatter per call: a queue page shows fifty dates, and
/// making the formatters was most of the cost of drawing it.
public enum DisplayDate {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                 "November", "December"]
    private static let gaelicMonths = ["Am Faoilleach", "An Gearran", "Am Màrt", "An Giblean", "An Cèitean", "An t-Ògmhios",
                                       "An t-Iuchar", "An Lùnastal", "An t-Sultain", "An Dàmhair", "An t-Samhain", "An Dùbhlachd"]

    public static func dayAndTime(_ date: Date, _ language: Language = .en) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        let minutes = "\(minute < 10 ? "0" : "")\(minute)"
        // Gaelic has no settled am/pm abbreviation; the 24-hour clock is what Gaelic public bodies write.
        if language == .gd { return "\(day(parts, language)), \(hour):\(minutes)" }
        return "\(day(parts, language)), \(hour % 12 == 0 ? 12 : hour % 12):\(minutes)\(hour < 12 ? "am" : "pm")"
    }

    public static func day(_ date: Date, _ language: Language = .en) -> String {
        day(calendar.dateComponents([.year, .month, .day], from: date), language)
    }

    private static func day(_ parts: DateComponents, _ language: Language) -> String {
        let names = language == .gd ? gaelicMonths : months
        return "\(parts.day ?? 1) \(names[((parts.month ?? 1) - 1 + 12) % 12]) \(parts.year ?? 1970)"
    }
}
