import Foundation

/// How an answer reads on check-answers, confirmation and case pages.
public enum AnswerDisplay {
    public static func lines(_ answer: Answer, for question: Question, language: Language) -> [String] {
        switch answer {
        case .text(let value):
            if question.type == .yesNo { return [yesNo(value, language)] }
            if question.type == .declaration { return [language == .gd ? "Air a dhearbhadh" : "Confirmed"] }
            if question.type == .choice { return [question.option(value)?.label.text(language) ?? value] }
            return value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .integer(let value):
            return [[String(value), question.suffix?.text(language)].compactMap { $0 }.joined(separator: " ")]
        case .decimal(let value, let places):
            let number = Answer.format(value, places: places)
            return [question.money ? "£" + grouped(number) : number]
        case .date(let year, let month, let day):
            return [date(year: year, month: month, day: day, language)]
        case .selection(let values):
            return values.map { question.option($0)?.label.text(language) ?? $0 }
        case .address(let address):
            return address.lines
        case .file(let file):
            return ["\(file.filename) (\(size(file.size)))"]
        case .location(let location):
            var lines: [String] = []
            if !location.description.isEmpty { lines.append(location.description) }
            if let latitude = location.latitude, let longitude = location.longitude {
                lines.append(String(format: "%.5f, %.5f", latitude, longitude))
            }
            return lines
        case .appointment(let appointment):
            return [AppointmentText.appointment(appointment, slotLabel: question.option(appointment.slot)?.label.text(language), language)]
        }
    }

    /// "1850.50" as "1,850.50": money reads with thousands separators (GOV.UK style).
    static func grouped(_ number: String) -> String {
        let negative = number.hasPrefix("-")
        let unsigned = negative ? String(number.dropFirst()) : number
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var whole = Array(parts.first.map(String.init) ?? "")
        var index = whole.count - 3
        while index > 0 {
            whole.insert(",", at: index)
            index -= 3
        }
        return (negative ? "-" : "") + String(whole) + (parts.count > 1 ? "." + parts[1] : "")
    }

    public static func yesNo(_ value: String, _ language: Language) -> String {
        switch (value, language) {
        case ("yes", .gd): "Tha"
        case ("no", .gd): "Chan eil"
        case ("yes", _): "Yes"
        default: "No"
        }
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let gaelicMonths = ["Am Faoilleach", "An Gearran", "Am Màrt", "An Giblean", "An Cèitean", "An t-Ògmhios", "An t-Iuchar", "An Lùnastal", "An t-Sultain", "An Dàmhair", "An t-Samhain", "An Dùbhlachd"]

    public static func date(year: Int, month: Int, day: Int, _ language: Language) -> String {
        guard (1...12).contains(month) else { return Answer.isoDate(year: year, month: month, day: day) }
        let names = language == .gd ? gaelicMonths : englishMonths
        return "\(day) \(names[month - 1]) \(year)"
    }

    public static func size(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 { return String(format: "%.1f MB", Double(bytes) / 1024 / 1024) }
        return "\(max(1, bytes / 1024)) KB"
    }
}
