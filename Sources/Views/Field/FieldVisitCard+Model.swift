import Domain
import Foundation

/// One visit on a field worker's day list: where, a maps link, what to know there, the case, and either what was
/// recorded or (when the worker may record it) the outcome form.
public struct FieldVisitCard: Sendable {
    /// Who the visit is for, as the worker reads it.
    public enum Assignee: Sendable, Equatable {
        case you
        case crew(String)
        case nobody
    }

    public var id: Int64
    /// The slot's and the kind's labels in the page's language: "Morning (8am to 12 noon)", "Collection".
    public var slotLabel: String
    public var kindLabel: String
    public var addressLines: [String]
    public var mapsURL: String?
    public var keyAnswers: [(label: String, lines: [String])]
    public var caseReference: String
    /// The case's workflow state, labelled in the page's language.
    public var caseStatus: String
    public var assignee: Assignee
    /// What was recorded, once the visit is done or cancelled; nil while it is still to do.
    public var record: FieldVisitRecord?
    /// Whether this worker may record the outcome (theirs, their crew's or no one's).
    public var mayRecord: Bool
    /// The outcomes whose move of the case needs a reason the applicant will see; the form asks for that reason
    /// only when there are some.
    public var outcomesNeedingApplicantReason: [VisitOutcome]

    public init(id: Int64, slotLabel: String, kindLabel: String, addressLines: [String], mapsURL: String?,
                keyAnswers: [(label: String, lines: [String])], caseReference: String, caseStatus: String, assignee: Assignee,
                record: FieldVisitRecord?, mayRecord: Bool, outcomesNeedingApplicantReason: [VisitOutcome] = []) {
        self.id = id
        self.slotLabel = slotLabel
        self.kindLabel = kindLabel
        self.addressLines = addressLines
        self.mapsURL = mapsURL
        self.keyAnswers = keyAnswers
        self.caseReference = caseReference
        self.caseStatus = caseStatus
        self.assignee = assignee
        self.record = record
        self.mayRecord = mayRecord
        self.outcomesNeedingApplicantReason = outcomesNeedingApplicantReason
    }

    /// The id every element of the card carries (the page holds many forms); browser tests and error links use it.
    public var elementID: String { "job-\(id)" }
}

/// What a done (or cancelled) visit shows instead of its form, and the case page's status column.
public struct FieldVisitRecord: Sendable, Equatable {
    public var cancelled: Bool
    public var outcome: VisitOutcome?
    public var completedAt: Date?
    /// The worker's own reason and notes: internal, shown to staff only.
    public var reason: String?
    public var notes: String?

    public init(cancelled: Bool = false, outcome: VisitOutcome?, completedAt: Date? = nil, reason: String? = nil, notes: String? = nil) {
        self.cancelled = cancelled
        self.outcome = outcome
        self.completedAt = completedAt
        self.reason = reason
        self.notes = notes
    }

    /// The record of `visit`; nil while it is still scheduled.
    public init?(_ visit: Visit) {
        switch visit.status {
        case .scheduled: return nil
        case .cancelled: self.init(cancelled: true, outcome: nil)
        case .completed: self.init(outcome: visit.outcome, completedAt: visit.completedAt, reason: visit.reason, notes: visit.notes)
        }
    }

    /// "Recorded: Completed at 25 November 2026, 2:05pm. Notes: Sofa by the gate."
    public func text(_ language: Language) -> String {
        if cancelled { return Phrase.fieldCancelled(language) }
        var text = Phrase.fieldRecorded(outcome.map { Phrase.fieldOutcome($0)(language) } ?? "–")(language)
        if let completedAt { text += Phrase.fieldRecordedAt(FieldTime.dayAndTime(completedAt, language))(language) }
        text += "."
        if let reason { text += " " + Phrase.fieldWhyNotCompleted(language) + " " + FieldTime.sentence(reason) }
        if let notes { text += " " + Phrase.fieldNotes(language) + " " + FieldTime.sentence(notes) }
        return text
    }

    /// The case page's words: "Could not complete. Why it could not be completed: Nothing outside."
    public func caseStatus(_ language: Language) -> String {
        if cancelled { return Phrase.fieldCancelled(language) }
        var text = (outcome.map { Phrase.fieldOutcome($0)(language) } ?? "") + "."
        if let reason { text += " " + Phrase.fieldWhyNotCompleted(language) + " " + FieldTime.sentence(reason) }
        if let notes { text += " " + Phrase.fieldNotes(language) + " " + FieldTime.sentence(notes) }
        return text
    }
}

/// Times and the worker's words as the field pages show them.
public enum FieldTime {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    /// "25 November 2026, 2:05pm", in UK time.
    public static func dayAndTime(_ date: Date, _ language: Language) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        let day = AnswerDisplay.date(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, language)
        return "\(day), \(hour % 12 == 0 ? 12 : hour % 12):\(minute < 10 ? "0" : "")\(minute)\(hour < 12 ? "am" : "pm")"
    }

    /// The worker's words as one sentence: a full stop added only if they did not end with their own.
    public static func sentence(_ words: String) -> String {
        let trimmed = words.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.unicodeScalars.last else { return "" }
        return ".!?…".unicodeScalars.contains(last) ? trimmed : trimmed + "."
    }
}
