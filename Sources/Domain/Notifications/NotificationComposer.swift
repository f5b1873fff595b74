import Foundation

/// What a case tells the composer about one notification, besides the answers.
public struct NotificationFacts: Sendable, Equatable {
    public var reference: String
    /// The workflow state the case moved to (status-changed).
    public var status: String?
    /// Why, when the move needed or was given a reason.
    public var reason: String?
    /// What an officer asked for (information-requested).
    public var question: String?
    /// The booked date and slot (appointment-booked, reminder).
    public var appointment: Appointment?
    /// Where the citizen follows the request, or replies.
    public var link: String?

    public init(reference: String, status: String? = nil, reason: String? = nil, question: String? = nil,
                appointment: Appointment? = nil, link: String? = nil) {
        self.reference = reference
        self.status = status
        self.reason = reason
        self.question = question
        self.appointment = appointment
        self.link = link
    }
}

/// A rendered message, ready for Notify or the local outbox.
public struct ComposedMessage: Sendable, Equatable {
    public var subject: String
    public var emailBody: String
    public var sms: String
    public var notifyEmailTemplate: String?
    public var notifySMSTemplate: String?
    /// For a template kept in Notify: every field of the event (empty when unknown, as Notify wants each placeholder
    /// it uses filled) and the answers this service's template for the event names, plus `subject` and `body`.
    public var personalisation: [String: String]
}

/// Renders a service's template for an event, in the citizen's language, with the case's facts and answers.
public struct NotificationComposer: Sendable {
    public let definition: ServiceDefinition

    public init(definition: ServiceDefinition) { self.definition = definition }

    public func compose(_ event: NotificationEvent, language: Language, facts: NotificationFacts, answers: Answers) -> ComposedMessage {
        let template = definition.notifications.template(event)
        let values = values(event, template: template, language: language, facts: facts, answers: answers)
        let render = { (text: LocalisedTemplate) in text.text(language).map { MessageRenderer.render($0, values) } ?? "" }
        let subject = render(template.emailSubject).replacingOccurrences(of: "\n", with: " ")
        let body = render(template.emailBody)
        var personalisation = Dictionary(uniqueKeysWithValues: values.map { ($0.key.name, MessageRenderer.plain($0.value, keepingLineBreaks: $0.key.keepsLineBreaks)) })
        personalisation["subject"] = subject
        personalisation["body"] = body
        return ComposedMessage(subject: subject, emailBody: body, sms: render(template.sms),
                               notifyEmailTemplate: template.notifyEmailTemplate, notifySMSTemplate: template.notifySMSTemplate,
                               personalisation: personalisation)
    }

    /// The event's fields (every one, empty when the case has no value) and the answers the template uses.
    func values(_ event: NotificationEvent, template: MessageTemplate, language: Language, facts: NotificationFacts,
                answers: Answers) -> [PersonalisationField: String] {
        var values: [PersonalisationField: String] = [:]
        for field in event.fields { values[field] = "" }
        values[.reference] = facts.reference
        values[.service] = definition.title.text(language)
        if let link = facts.link { values[.link] = link }
        if let id = facts.status {
            let state = definition.workflow.state(id)
            values[.status] = state?.label.text(language) ?? id
            values[.statusText] = (state?.citizenText ?? state?.label)?.text(language) ?? id
        }
        if let reason = facts.reason { values[.reason] = reason }
        if let question = facts.question { values[.question] = question }
        if let appointment = facts.appointment ?? (event == .submitted ? bookedWithRequest(answers) : nil) {
            values[.date] = AppointmentText.day(appointment.day, language)
            values[.slot] = definition.scheduling?.slot(appointment.slot)?.label.text(language) ?? appointment.slot
        }
        for id in template.answerFields {
            values[.answer(id)] = answerText(id, answers, language)
        }
        return values
    }

    /// The date and slot the applicant booked in the form (an appointment question), if any.
    private func bookedWithRequest(_ answers: Answers) -> Appointment? {
        for page in definition.pages where page.repeatGroup == nil {
            for question in page.questions where question.type == .appointment {
                if case .appointment(let appointment)? = answers[question.id] { return appointment }
            }
        }
        return nil
    }

    /// An answer as check-answers shows it, on one line.
    private func answerText(_ id: String, _ answers: Answers, _ language: Language) -> String {
        guard let answer = answers[id], let question = definition.singleAnswerQuestion(id) else { return "" }
        return AnswerDisplay.lines(answer, for: question, language: language).filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

extension ServiceDefinition {
    /// A question answered once (not on a repeating page), by id.
    public func singleAnswerQuestion(_ id: String) -> Question? {
        for page in pages where page.repeatGroup == nil {
            if let question = page.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }
}
