import Domain
import Views

/// The "Schedule a job" form on a case page: kind of visit, date, slot and who does it, drawn and checked as journey
/// questions are (the same markup, the same validation), in English and Gaelic.
struct ScheduleVisitForm {
    let scheduling: Scheduling
    /// Field workers granted the case's service.
    let workers: [StaffMember]
    let today: CalendarDay

    private static func text(_ phrase: Phrase) -> LocalisedText { LocalisedText(phrase.en, gaelic: phrase.gd) }

    /// A radios question with its "select" message.
    private static func choice(_ id: String, _ label: Phrase, _ options: [Option], required: Phrase) -> Question {
        var question = Question(id: id, type: .choice, label: text(label))
        question.options = options
        question.errors[.required] = text(required)
        return question
    }

    var kind: Question {
        Self.choice("job-kind", .visitsKind, scheduling.visitKinds.map { Option(value: $0.id, label: $0.label) }, required: .visitsSelectKind)
    }

    var date: Question {
        var question = Question(id: "job-date", type: .date, label: Self.text(.visitsDate))
        question.hint = Self.text(.visitsDateHint("\(today.day) \(today.month) \(today.year)"))
        question.futureOnly = true
        question.errors[.required] = Self.text(.visitsEnterDate)
        return question
    }

    var slot: Question {
        Self.choice("job-slot", .visitsTime, scheduling.slots.map { Option(value: $0.id, label: $0.label) }, required: .visitsSelectTime)
    }

    var assignee: Question {
        let options = workers.map { Option(value: "staff:\($0.id)", label: LocalisedText($0.email)) }
            + crews.map { Option(value: "crew:\($0)", label: LocalisedText($0)) }
            + [Option(value: "none", label: Self.text(.visitsAssigneeNobody))]
        return Self.choice("job-assignee", .visitsAssignee, options, required: .visitsSelectAssignee)
    }

    var crews: [String] {
        var seen: [String] = []
        for crew in scheduling.areas.compactMap(\.crew) where !seen.contains(crew) { seen.append(crew) }
        return seen
    }

    var questions: [Question] { [kind, date, slot, assignee] }

    /// The form to draw: what was posted, the only kind chosen already when there is just one.
    func fields(caseReference: String, posted: [String: [String]], errors: [FieldError], csrf: String) -> ScheduleVisitFields {
        var preset = posted
        if preset["job-kind"] == nil, scheduling.visitKinds.count == 1 { preset["job-kind"] = scheduling.visitKinds.map(\.id) }
        return ScheduleVisitFields(caseReference: caseReference, questions: questions, fields: preset, errors: errors, csrfToken: csrf)
    }

    /// What was chosen, or the errors to show.
    struct Choice {
        var kind: VisitKind
        var day: CalendarDay
        var slot: TimeSlot
        /// `staff:ID`, `crew:NAME` or `none`.
        var assignee: String
    }

    func read(_ input: FieldInput, _ language: Language) -> Result<Choice, ValidationErrors> {
        let validator = QuestionValidator(language: language, today: today)
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
