import Domain
import Views

/// The "Schedule a job" form on a case page: kind, date, slot and who does it, drawn and checked as journey
/// questions are (the same markup, the same validation).
struct ScheduleJobForm {
    let scheduling: Scheduling
    /// Field workers granted the case's service.
    let workers: [StaffMember]
    let today: CalendarDay

    var kind: Question {
        var question = Question(id: "job-kind", type: .choice, label: LocalisedText("Kind of job"))
        question.options = scheduling.jobKinds.map { Option(value: $0.id, label: $0.label) }
        question.errors[.required] = LocalisedText("Select the kind of job")
        return question
    }

    var date: Question {
        var question = Question(id: "job-date", type: .date, label: LocalisedText("Date"))
        question.hint = LocalisedText("For example, \(today.day) \(today.month) \(today.year)")
        question.futureOnly = true
        question.errors[.required] = LocalisedText("Enter the date of the job")
        return question
    }

    var slot: Question {
        var question = Question(id: "job-slot", type: .choice, label: LocalisedText("Time"))
        question.options = scheduling.slots.map { Option(value: $0.id, label: $0.label) }
        question.errors[.required] = LocalisedText("Select the time of the job")
        return question
    }

    var assignee: Question {
        var question = Question(id: "job-assignee", type: .choice, label: LocalisedText("Who will do it"))
        question.options = workers.map { Option(value: "staff:\($0.id)", label: LocalisedText($0.email)) }
            + crews.map { Option(value: "crew:\($0)", label: LocalisedText($0)) }
            + [Option(value: "none", label: LocalisedText("Nobody yet (any field worker for the service can take it)"))]
        question.errors[.required] = LocalisedText("Select who will do the job")
        return question
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
