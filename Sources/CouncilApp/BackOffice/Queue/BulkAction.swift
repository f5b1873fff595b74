import Domain
import Foundation
import Views

/// What a bulk action asks for: the cases ticked and the one thing to do to each.
struct BulkAction: Sendable {
    typealias Kind = CaseQueuePage.BulkKind

    let references: [String]
    let kind: Kind
    let status: String
    /// The applicant's to read, sent with each case's new status.
    let reason: CitizenReason?
    let note: String

    /// More than this is not a selection from one page.
    static let maximumCases = 100

    /// Reads the form, or says what is missing.
    static func read(_ form: FormBody, language: Language) -> Result<BulkAction, FieldError> {
        var references: [String] = []
        for reference in form.input.values("case") where !references.contains(reference) { references.append(reference) }
        guard !references.isEmpty else { return .failure(FieldError(questionID: "case-1", message: Phrase.boErrorSelectCases(language))) }
        guard references.count <= maximumCases else {
            return .failure(FieldError(questionID: "case-1", message: Phrase.boErrorTooManyCases(maximumCases)(language)))
        }
        guard let kind = Kind(rawValue: form.value("action")) else {
            return .failure(FieldError(questionID: "action", message: Phrase.boErrorSelectAction(language)))
        }
        let trimmed = { (name: String) in form.value(name).trimmingCharacters(in: .whitespacesAndNewlines) }
        let action = BulkAction(references: references, kind: kind, status: trimmed("bulk-status"), reason: CitizenReason(form.value("reason")), note: trimmed("note"))
        if kind == .status, action.status.isEmpty { return .failure(FieldError(questionID: "bulk-status", message: Phrase.boErrorSelectStatus(language))) }
        if kind == .note, action.note.isEmpty { return .failure(FieldError(questionID: "note", message: Phrase.boErrorEnterNote(language))) }
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
