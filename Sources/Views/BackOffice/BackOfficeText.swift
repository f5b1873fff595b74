import Domain
import Foundation

/// Dates and names as the back-office pages show them, in the page's language: "25 November 2026, 2:05pm" in
/// English (the wording the case page has always used), "25 an t-Samhain 2026, 14:05" in Gaelic, in UK time.
enum BackOfficeText {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                        "October", "November", "December"]
    private static let gaelicMonths = ["am Faoilleach", "an Gearran", "am Màrt", "an Giblean", "an Cèitean", "an t-Ògmhios",
                                       "an t-Iuchar", "an Lùnastal", "an t-Sultain", "an Dàmhair", "an t-Samhain", "an Dùbhlachd"]

    static func day(_ day: CalendarDay, _ language: Language) -> String {
        let months = language == .gd ? gaelicMonths : englishMonths
        return "\(day.day) \(months[((day.month - 1) % 12 + 12) % 12]) \(day.year)"
    }

    static func dayAndTime(_ date: Date, _ language: Language) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let today = day(CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1), language)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        let padded = minute < 10 ? "0\(minute)" : "\(minute)"
        switch language {
        case .en: return "\(today), \(hour % 12 == 0 ? 12 : hour % 12):\(padded)\(hour < 12 ? "am" : "pm")"
        case .gd: return "\(today), \(hour):\(padded)"
        }
    }

    /// "Due: 3 December 2026", "Target met", "No target".
    static func target(_ status: TargetStatus, due: CalendarDay?, _ language: Language) -> String {
        guard let due else { return status.boName(language) }
        return "\(status.boName(language)): \(day(due, language))"
    }

    /// A channel's name; an unknown one (from an older version) as stored.
    static func channel(_ raw: String, _ language: Language) -> String {
        (Channel(rawValue: raw) ?? (raw == "face-to-face" ? .faceToFace : nil))?.boName(language) ?? raw
    }

    /// `12345` → `12,345`, the same whatever the server's locale.
    static func thousands(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }
}
