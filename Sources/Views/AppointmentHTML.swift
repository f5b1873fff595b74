import Domain

/// What an appointment question can offer right now: the days with room and their slots, or why there are none.
public struct AppointmentChoices: Sendable {
    public var days: [AvailableDay]
    /// Shown instead of the choices when there are none (no area for the address, everything booked).
    public var unavailable: String?

    public init(days: [AvailableDay], unavailable: String? = nil) {
        self.days = days
        self.unavailable = unavailable
    }
}

/// An appointment question: GOV.UK radios, one per day and slot with room, each with the places left. Works
/// without JavaScript; full days and slots are not offered at all.
enum AppointmentHTML {
    static func render(_ question: Question, fields: [String: [String]], errors: [FieldError], isHeading: Bool,
                       language: Language, choices: AppointmentChoices?) -> String {
        let id = question.id
        let error = errors.first { $0.questionID == id }?.message
        let selected = fields[id]?.first ?? ""
        var describedBy: [String] = []
        if question.hint != nil { describedBy.append("\(id)-hint") }
        if error != nil { describedBy.append("\(id)-error") }

        var out = HTMLWriter(capacity: 4096)
        out.raw(error == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n")
        out.raw("<fieldset class=\"fieldset\""); out.attribute("id", "\(id)-fieldset")
        if !describedBy.isEmpty { out.attribute("aria-describedby", describedBy.joined(separator: " ")) }
        out.raw(">\n  <legend class=\"fieldset-legend ")
        out.raw(isHeading ? "fieldset-legend-l\">\n    <h1 class=\"fieldset-heading\">" : "fieldset-legend-m\">\n    ")
        out.text(question.label.text(language))
        if isHeading { out.raw("</h1>") }
        out.raw("\n  </legend>\n")
        if let hint = question.hint {
            out.raw("<div"); out.attribute("id", "\(id)-hint"); out.raw(" class=\"hint\">"); out.text(hint.text(language)); out.raw("</div>\n")
        }
        if let error {
            out.raw("<p"); out.attribute("id", "\(id)-error"); out.raw(" class=\"error-message\"><span class=\"visually-hidden\">")
            out.text(Phrase.errorLabel(language)); out.raw("</span> "); out.text(error); out.raw("</p>\n")
        }
        let days = choices?.days ?? []
        if days.isEmpty {
            out.raw("<p class=\"body\""); out.attribute("id", id); out.raw(">")
            out.text(choices?.unavailable ?? Phrase.appointmentNoneLeft(language)); out.raw("</p>\n")
        } else {
            out.raw("<div class=\"radios\">\n")
            var index = 0
            for day in days {
                for (slot, left) in day.slots {
                    let value = Appointment(day: day.day, slot: slot.id).formValue
                    let inputID = index == 0 ? id : "\(id)-\(index + 1)"
                    index += 1
                    out.raw("<div class=\"radios-item\">\n<input class=\"radios-input\""); out.attribute("id", inputID); out.attribute("name", id)
                    out.raw(" type=\"radio\""); out.attribute("value", value)
                    if selected == value { out.raw(" checked") }
                    out.attribute("aria-describedby", "\(inputID)-item-hint")
                    out.raw(">\n<label class=\"label radios-label\""); out.attribute("for", inputID); out.raw(">")
                    out.text(AppointmentText.day(day.day, language)); out.raw(", "); out.text(slot.label.text(language))
                    out.raw("</label>\n<div"); out.attribute("id", "\(inputID)-item-hint"); out.raw(" class=\"hint radios-hint\">")
                    out.text(placesLeft(left, language)); out.raw("</div>\n</div>\n")
                }
            }
            out.raw("</div>\n")
        }
        out.raw("</fieldset>\n</div>\n")
        return out.html
    }

    static func placesLeft(_ count: Int, _ language: Language) -> String {
        count == 1 ? Phrase.appointmentOnePlace(language) : "\(count) " + Phrase.appointmentPlacesLeft(language)
    }
}
