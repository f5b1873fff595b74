/// A booked date and time slot, as an appointment question's answer holds it.
public struct Appointment: Sendable, Equatable, Hashable {
    public var day: CalendarDay
    public var slot: String

    public init(day: CalendarDay, slot: String) {
        self.day = day
        self.slot = slot
    }

    /// The form value of a radio: `2026-11-27/am`.
    public var formValue: String { "\(day.iso)/\(slot)" }

    /// Reads a form value; nil unless it is a real day and a slot id.
    public init?(formValue: String) {
        let parts = formValue.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let day = CalendarDay(iso: parts[0]), !parts[1].isEmpty else { return nil }
        self.init(day: day, slot: String(parts[1]))
    }

    var json: [String: JSONValue] { ["date": .string(day.iso), "slot": .string(slot)] }
}

/// Day names and dates as an appointment reads: "Friday 27 November 2026".
public enum AppointmentText {
    static let englishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let gaelicDays = ["Didòmhnaich", "Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne"]

    public static func day(_ day: CalendarDay, _ language: Language) -> String {
        let names = language == .gd ? gaelicDays : englishDays
        return "\(names[day.weekday]) " + AnswerDisplay.date(year: day.year, month: day.month, day: day.day, language)
    }

    /// "Friday 27 November 2026, morning (7am to 12 noon)", with the slot's label as the definition gives it.
    public static func appointment(_ appointment: Appointment, slotLabel: String?, _ language: Language) -> String {
        day(appointment.day, language) + (slotLabel.map { ", \($0)" } ?? ", \(appointment.slot)")
    }
}
