import Domain
import Foundation
import Jobs

/// A message to one citizen, rendered and addressed.
struct OutgoingMessage: Equatable {
    var to: MessageDestinations
    var subject: String
    var body: String
    var sms: String
    /// The service's own Notify templates for this event, if it keeps them in Notify.
    var notifyEmailTemplate: String? = nil
    var notifySMSTemplate: String? = nil
    /// What those templates are filled with.
    var personalisation: [String: String] = [:]
}

/// Works out what a `notification` or `email` job says and where it goes: the service's template for the event (or
/// the built-in one), rendered with the case's facts and answers, sent by the channels the citizen chose.
///
/// A `notification` job's payload (written in the change's transaction):
/// - `event`: `submitted`, `status-changed`, `information-requested`, `appointment-booked` or `reminder`; any other
///   value (an officer's message) carries its own `subject` and `body`, sent as they are
/// - `service` (slug), `reference`, `email`, `phone` (either may be null), `language` (`en`/`gd`, optional: the
///   submission's language otherwise)
/// - status-changed: `status` (the state id moved to), `reason` (optional)
/// - information-requested: `question` (what the officer asked), `link` (where to reply)
/// - appointment-booked and reminder: `date` (`YYYY-MM-DD`), `slot` (the slot id)
/// - `link` (optional, any event): where the citizen follows the request; MyAccount's page when they have an account
struct NotificationMessages: Sendable {
    let catalogue: ServiceCatalogue
    let submissions: any SubmissionRepository
    let publicURL: String

    /// `canText`: whether a text can go with this template (the platform or the service has a text template).
    func message(for job: ClaimedJob, canText: @Sendable (MessageTemplate?) -> Bool) async throws -> OutgoingMessage? {
        let text = { (key: String) in job.payload[key]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } }
        switch job.topic {
        case "email":
            return OutgoingMessage(to: MessageDestinations(email: text("to"), phone: nil), subject: text("subject") ?? "",
                                   body: text("body") ?? "", sms: text("body") ?? "")
        case "notification":
            let submission = try await submissions.submission(reference: job.reference)
            var published: PublishedService?
            if let submission { published = try await catalogue.version(slug: submission.serviceSlug, version: submission.serviceVersion) }
            if published == nil { published = try await catalogue.current(slug: text("service") ?? "") }
            guard let definition = published?.definition else {
                return passedThrough(job, choice: nil)
            }
            let answers = submission.map { AnswerCoding.answers(from: $0.answers, definition: definition) } ?? Answers()
            let choice = definition.notifications.choice(in: answers)
            guard let event = text("event").flatMap(NotificationEvent.init(rawValue:)) else {
                return passedThrough(job, choice: choice, canText: canText(nil))
            }
            var facts = NotificationFacts(reference: job.reference, status: text("status"), reason: text("reason"), question: text("question"),
                                          link: text("link"))
            if let day = text("date").flatMap(CalendarDay.init(iso:)) { facts.appointment = Appointment(day: day, slot: text("slot") ?? "") }
            if facts.link == nil, submission?.citizenID != nil { facts.link = "\(publicURL)/account/requests/\(job.reference)" }
            let language = text("language").flatMap(Language.init(rawValue:)) ?? submission?.language ?? .en
            let composed = NotificationComposer(definition: definition).compose(event, language: language, facts: facts, answers: answers)
            let template = definition.notifications.template(event)
            return OutgoingMessage(
                to: .chosen(choice, email: text("email"), phone: text("phone"), canText: canText(template)),
                subject: composed.subject, body: composed.emailBody, sms: composed.sms,
                notifyEmailTemplate: composed.notifyEmailTemplate, notifySMSTemplate: composed.notifySMSTemplate,
                personalisation: composed.personalisation
            )
        default:
            return nil
        }
    }

    /// A message written in full by whoever queued it (an officer's message), sent as it is.
    private func passedThrough(_ job: ClaimedJob, choice: ChannelChoice?, canText: Bool = true) -> OutgoingMessage {
        let text = { (key: String) in job.payload[key]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } }
        let body = text("body") ?? ""
        return OutgoingMessage(to: .chosen(choice, email: text("email"), phone: text("phone"), canText: canText),
                               subject: text("subject") ?? "", body: body, sms: body)
    }
}
