import Domain

/// The outcome a field worker posts for one job: outcome, reason (needed when it could not be done), notes, and an
/// optional photo checked like a journey's uploads (its real type from its bytes, JPG or PNG, at most 10 MB).
/// `reason` and `notes` are internal; only `citizenReason` ("Reason the applicant will see") may reach the applicant.
struct FieldOutcomeForm {
    var outcome: JobOutcome
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

    /// The form read, or its errors, each named `job-ID-FIELD` so the error summary links to this job's field.
    static func read(_ input: FieldInput, jobID: Int64, today: CalendarDay) -> Result<FieldOutcomeForm, ValidationErrors> {
        let prefix = "job-\(jobID)"
        var errors: [FieldError] = []
        let outcome = JobOutcome(rawValue: input.value("outcome"))
        if outcome == nil { errors.append(FieldError(questionID: "\(prefix)-outcome", message: "Select the outcome of the job", code: "required")) }
        let reason = input.value("reason").replacingOccurrences(of: "\r\n", with: "\n")
        let notes = input.value("notes").replacingOccurrences(of: "\r\n", with: "\n")
        let citizenReason = input.value("citizen-reason").replacingOccurrences(of: "\r\n", with: "\n")
        if outcome == .notCompleted, reason.isEmpty {
            errors.append(FieldError(questionID: "\(prefix)-reason", message: "Enter why the job could not be completed", code: "required"))
        }
        if reason.count > reasonLimit { errors.append(FieldError(questionID: "\(prefix)-reason", message: "The reason must be \(reasonLimit) characters or fewer")) }
        if citizenReason.count > reasonLimit {
            errors.append(FieldError(questionID: "\(prefix)-citizen-reason", message: "The reason for the applicant must be \(reasonLimit) characters or fewer"))
        }
        if notes.count > notesLimit { errors.append(FieldError(questionID: "\(prefix)-notes", message: "Notes must be \(notesLimit) characters or fewer")) }
        var photo: NewUpload?
        switch QuestionValidator(language: .en, today: today).validate(photoQuestion, input) {
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
