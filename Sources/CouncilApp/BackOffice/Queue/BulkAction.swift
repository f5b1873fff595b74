import Domain
import Foundation

/// What a bulk action asks for: the cases ticked and the one thing to do to each.
struct BulkAction: Sendable {
    enum Kind: String, Sendable {
        case assignToMe = "assign-to-me"
        case status
        case note
    }

    let references: [String]
    let kind: Kind
    let status: String
    /// The applicant's to read, sent with each case's new status.
    let reason: CitizenReason?
    let note: String

    /// More than this is not a selection from one page.
    static let maximumCases = 100

    /// Reads the form, or says what is missing.
    static func read(_ form: FormBody) -> Result<BulkAction, FieldError> {
        var references: [String] = []
        for reference in form.input.values("case") where !references.contains(reference) { references.append(reference) }
        guard !references.isEmpty else { return .failure(FieldError(questionID: "case-1", message: "Select the cases to act on")) }
        guard references.count <= maximumCases else {
            return .failure(FieldError(questionID: "case-1", message: "Select no more than \(maximumCases) cases at a time"))
        }
        guard let kind = Kind(rawValue: form.value("action")) else {
            return .failure(FieldError(questionID: "action", message: "Select what to do with the selected cases"))
        }
        let trimmed = { (name: String) in form.value(name).trimmingCharacters(in: .whitespacesAndNewlines) }
        let action = BulkAction(references: references, kind: kind, status: trimmed("bulk-status"), reason: CitizenReason(form.value("reason")), note: trimmed("note"))
        if kind == .status, action.status.isEmpty { return .failure(FieldError(questionID: "bulk-status", message: "Select the new status")) }
        if kind == .note, action.note.isEmpty { return .failure(FieldError(questionID: "note", message: "Enter the note")) }
        return .success(action)
    }
}

/// How a bulk action went for one case.
struct BulkOutcome: Sendable {
    let reference: String
    /// What was done, or nil when nothing was.
    let done: String?
    /// Why nothing was done.
    let refusal: String?

    static func done(_ reference: String, _ what: String) -> BulkOutcome { BulkOutcome(reference: reference, done: what, refusal: nil) }
    static func refused(_ reference: String, _ why: String) -> BulkOutcome { BulkOutcome(reference: reference, done: nil, refusal: why) }
}
