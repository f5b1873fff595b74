import Domain
import Views

/// The outcome a field worker posts for one visit: outcome, reason (needed when it could not be done), notes, and an
/// optional photo checked like a journey's uploads (its real type from its bytes, JPG or PNG, at most 10 MB).
/// `reason` and `notes` are internal; only `citizenReason` ("Reason the applicant will see") may reach the applicant.
struct FieldOutcomeForm {
    var outcome: VisitOutcome
    var reason: String?
    var notes: String?
    var citizenReason: CitizenReason?
    var photo: NewUpload?

    static let reasonLimit = 500
    static let notesLimit = 2000

    static var photoQuestion: Question {
        var question = Question(id: "photo", type: .file, label: LocalisedText("Photo"))
        question.required = false
        question.fileTypes = [.jpg, .png]
        question.maxFileBytes = 10 * 1024 * 1024
        return question
    }

    /// The form read, or its errors (in `language`), each named `job-ID-FIELD` so the error summary links to this
    /// visit's field (the card's element id).
    static func read(_ input: FieldInput, visitID: Int64, today: CalendarDay, _ language: Language) -> Result<FieldOutcomeForm, ValidationErrors> {
        let prefix = "job-\(visitID)"
        var errors: [FieldError] = []
        let outcome = VisitOutcome(rawValue: input.value("outcome"))
        if outcome == nil { errors.append(FieldError(questionID: "\(prefix)-outcome", message: Phrase.fieldSelectOutcome(language), code: "required")) }
        let reason = input.value("reason").replacingOccurrences(of: "\r\n", with: "\n")
        let notes = input.value("notes").replacingOccurrences(of: "\r\n", with: "\n")
        let citizenReason = input.value("citizen-reason").replacingOccurrences(of: "\r\n", with: "\n")
        if outcome == .notCompleted, reason.isEmpty {
            errors.append(FieldError(questionID: "\(prefix)-reason", message: Phrase.fieldEnterReason(language), code: "required"))
        }
        if reason.count > reasonLimit { errors.append(FieldError(questionID: "\(prefix)-reason", message: Phrase.fieldReasonTooLong(reasonLimit)(language))) }
        if citizenReason.count > reasonLimit {
            errors.append(FieldError(questionID: "\(prefix)-citizen-reason", message: Phrase.fieldCitizenReasonTooLong(reasonLimit)(language)))
        }
        if notes.count > notesLimit { errors.append(FieldError(questionID: "\(prefix)-notes", message: Phrase.fieldNotesTooLong(notesLimit)(language))) }
        var photo: NewUpload?
        switch QuestionValidator(language: language, today: today).validate(photoQuestion, input) {
        case .newFile(let file):
            photo = NewUpload(reference: FileReference(id: Token.random(), filename: file.filename, contentType: file.contentType, size: file.data.count), file: file)
        case .invalid(let problems):
            errors += problems.map { FieldError(questionID: "\(prefix)-photo", message: $0.message) }
        case .answered, .blank:
            break
        }
        guard errors.isEmpty, let outcome else { return .failure(ValidationErrors(errors)) }
        return .success(FieldOutcomeForm(outcome: outcome, reason: reason.isEmpty ? nil : reason, notes: notes.isEmpty ? nil : notes,
                                        citizenReason: CitizenReason(citizenReason), photo: photo))
    }
}
