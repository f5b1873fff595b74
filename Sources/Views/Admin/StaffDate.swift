import Foundation
import Domain

/// Dates and times on the staff pages, in UK time, in the page's language: "25 November 2026, 2:05pm",
/// "25 dhen t-Samhain 2026, 14:05". One shared calendar, not a formatter per call.
public enum StaffDate {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    private static let months: [Phrase] = [
        Phrase(en: "January", gd: "dhen Fhaoilleach"), Phrase(en: "February", gd: "dhen Ghearran"), Phrase(en: "March", gd: "dhen Mhàrt"),
        Phrase(en: "April", gd: "dhen Ghiblean"), Phrase(en: "May", gd: "dhen Chèitean"), Phrase(en: "June", gd: "dhen Ògmhios"),
        Phrase(en: "July", gd: "dhen Iuchar"), Phrase(en: "August", gd: "dhen Lùnastal"), Phrase(en: "September", gd: "dhen t-Sultain"),
        Phrase(en: "October", gd: "dhen Dàmhair"), Phrase(en: "November", gd: "dhen t-Samhain"), Phrase(en: "December", gd: "dhen Dùbhlachd"),
    ]

    public static func dayAndTime(_ date: Date, _ language: Language) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        let paddedMinute = "\(minute < 10 ? "0" : "")\(minute)"
        switch language {
        case .en: return "\(day(parts, language)), \(hour % 12 == 0 ? 12 : hour % 12):\(paddedMinute)\(hour < 12 ? "am" : "pm")"
        case .gd: return "\(day(parts, language)), \(hour < 10 ? "0" : "")\(hour):\(paddedMinute)"
        }
    }

    public static func day(_ date: Date, _ language: Language) -> String {
        day(calendar.dateComponents([.year, .month, .day], from: date), language)
    }

    private static func day(_ parts: DateComponents, _ language: Language) -> String {
        "\(parts.day ?? 1) \(months[((parts.month ?? 1) - 1 + 12) % 12](language)) \(parts.year ?? 1970)"
    }

    /// The start of a day in UK time, or nil if the numbers are not a real date.
    public static func startOfDay(year: Int, month: Int, day: Int) -> Date? {
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }

    /// The start of the next day in UK time.
    public static func startOfNextDay(after date: Date) -> Date {
        calendar.date(byAdding: .day, value: 1, to: date) ?? date.addingTimeInterval(86_400)
    }
}
