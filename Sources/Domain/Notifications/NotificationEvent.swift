/// The moments a citizen is told something about their request, each with its own message template.
public enum NotificationEvent: String, Sendable, CaseIterable {
    /// The request was received (queued with the submission); a date booked with it fills `date` and `slot`.
    case submitted
    /// An officer (or a field worker's outcome) moved the case by a workflow transition with `notify: true`.
    case statusChanged = "status-changed"
    /// An officer asked the citizen for more information.
    case informationRequested = "information-requested"
    /// A date and time slot was booked for a job on site (an officer scheduled it on the case page).
    case appointmentBooked = "appointment-booked"
    /// A reminder of a booked appointment, queued by the scheduled reminders job.
    case reminder

    /// The personalisation fields that mean something for this event (the others render empty).
    public var fields: [PersonalisationField] {
        switch self {
        case .submitted: [.reference, .service, .date, .slot, .link]
        case .statusChanged: [.reference, .service, .status, .statusText, .reason, .link]
        case .informationRequested: [.reference, .service, .question, .link]
        case .appointmentBooked, .reminder: [.reference, .service, .date, .slot, .link]
        }
    }
}

/// A `((name))` a template may use. `answers.QUESTION` fields come from the citizen's answers.
public enum PersonalisationField: Sendable, Hashable {
    case reference, service, status, statusText, reason, question, date, slot, link
    case answer(String)

    public static let named: [String: PersonalisationField] = [
        "reference": .reference, "service": .service, "status": .status, "status_text": .statusText, "reason": .reason,
        "question": .question, "date": .date, "slot": .slot, "link": .link,
    ]

    /// The field's name as written between `((` and `))`.
    public var name: String {
        switch self {
        case .reference: "reference"
        case .service: "service"
        case .status: "status"
        case .statusText: "status_text"
        case .reason: "reason"
        case .question: "question"
        case .date: "date"
        case .slot: "slot"
        case .link: "link"
        case .answer(let id): "answers.\(id)"
        }
    }

    /// Reads a field name; nil when it is not one (question ids are checked by the definition parser).
    public init?(name: String) {
        if let field = Self.named[name] {
            self = field
        } else if name.hasPrefix("answers."), name.count > "answers.".count {
            self = .answer(String(name.dropFirst("answers.".count)))
        } else {
            return nil
        }
    }

    /// Officers write reasons and questions in paragraphs; everything else is kept to one line.
    var keepsLineBreaks: Bool { self == .reason || self == .question }
}
