import Domain
import Views

/// The "Schedule a job" form on a case page: kind, date, slot and who does it, drawn and checked as journey
/// questions are (the same markup, the same validation).
struct ScheduleJobForm {
    let scheduling: Scheduling
    /// Field workers granted the case's service.
    let workers: [StaffMember]
    let today: CalendarDay

    /// A radios question with its "select" message.
    private static func choice(_ id: String, _ label: String, _ options: [Option], required: String) -> Question {
        var question = Question(id: id, type: .choice, label: LocalisedText(label))
        question.options = options
        question.errors[.required] = LocalisedText(required)
        return question
    }

    var kind: Question {
        Self.choice("job-kind", "Kind of job", scheduling.jobKinds.map { Option(value: $0.id, label: $0.label) }, required: "Select the kind of job")
    }

    var date: Question {
        var question = Question(id: "job-date", type: .date, label: LocalisedText("Date"))
        question.hint = LocalisedText("For example, \(today.day) \(today.month) \(today.year)")
        question.futureOnly = true
        question.errors[.required] = LocalisedText("Enter the date of the job")
        return question
    }

    var slot: Question {
        Self.choice("job-slot", "Time", scheduling.slots.map { Option(value: $0.id, label: $0.label) }, required: "Select the time of the job")
    }

    var assignee: Question {
        let options = workers.map { Option(value: "staff:\($0.id)", label: LocalisedText($0.email)) }
            + crews.map { Option(value: "crew:\($0)", label: LocalisedText($0)) }
            + [Option(value: "none", label: LocalisedText("Nobody yet (any field worker for the service can take it)"))]
        return Self.choice("job-assignee", "Who will do it", options, required: "Select who will do the job")
    }

    var crews: [String] {
        var seen: [String] = []
        for crew in scheduling.areas.compactMap(\.crew) where !seen.contains(crew) { seen.append(crew) }
        return seen
    }

    var questions: [Question] { [kind, date, slot, assignee] }

    func html(fields: [String: [String]], errors: [FieldError]) -> String {
        var preset = fields
        if preset["job-kind"] == nil, scheduling.jobKinds.count == 1 { preset["job-kind"] = scheduling.jobKinds.map(\.id) }
        return questions.map { QuestionHTML.render($0, fields: preset, errors: errors, isHeading: false, language: .en) }.joined()
    }

    /// What was chosen, or the errors to show.
    struct Choice {
        var kind: JobKind
        var day: CalendarDay
        var slot: TimeSlot
        /// `staff:ID`, `crew:NAME` or `none`.
        var assignee: String
    }

    func read(_ input: FieldInput) -> Result<Choice, ValidationErrors> {
        let validator = QuestionValidator(language: .en, today: today)
        var errors: [FieldError] = []
        var answers: [String: Answer] = [:]
        for question in questions {
            switch validator.validate(question, input) {
            case .answered(let answer): answers[question.id] = answer
            case .invalid(let problems): errors += problems
            case .blank, .newFile: break
            }
        }
        guard errors.isEmpty,
              case .text(let kindID)? = answers["job-kind"], let kind = scheduling.kind(kindID),
              case .date(let year, let month, let day)? = answers["job-date"],
              case .text(let slotID)? = answers["job-slot"], let slot = scheduling.slot(slotID),
              case .text(let assignee)? = answers["job-assignee"] else {
            return .failure(ValidationErrors(errors))
        }
        return .success(Choice(kind: kind, day: CalendarDay(year: year, month: month, day: day), slot: slot, assignee: assignee))
    }
}
