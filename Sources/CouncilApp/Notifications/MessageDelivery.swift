import Domain
import Foundation
import Integrations
import Jobs
import Logging

/// Where messages to citizens go: GOV.UK Notify when a key is configured, otherwise the local outbox, where an
/// administrator can read exactly what would have been sent (`/admin/outbox`).
public struct NotifySettings: Sendable {
    public var apiKey: NotifyAPIKey
    public var baseURL: String
    /// A Notify email template with `((subject))` and `((body))` placeholders.
    public var emailTemplateID: String
    /// A Notify text message template with a `((body))` placeholder; nil sends no texts.
    public var smsTemplateID: String?

    public init(apiKey: NotifyAPIKey, baseURL: String = "https://api.notifications.service.gov.uk", emailTemplateID: String, smsTemplateID: String?) {
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.emailTemplateID = emailTemplateID
        self.smsTemplateID = smsTemplateID
    }
}

/// Runs the `email` and `notification` jobs: works out the message and sends it (or keeps it in the local outbox).
struct MessageDeliveryHandler: JobHandler {
    let notify: NotifyClient?
    let settings: NotifySettings?
    let catalogue: ServiceCatalogue
    /// Where Notify's ids for sent messages are kept, so their delivery status can be read back onto the case.
    var deliveries: (any DeliveryLog)? = nil
    var now: @Sendable () -> Date = Date.init
    var logger: Logger? = nil

    /// The message a job stands for.
    struct Message: Equatable {
        var email: String?
        var phone: String?
        var subject: String
        var body: String
    }

    func compose(_ job: ClaimedJob) async throws -> Message? {
        let payload = job.payload
        let text = { (key: String) in payload[key]?.stringValue }
        switch (job.topic, text("event")) {
        case ("email", _):
            return Message(email: text("to"), phone: nil, subject: text("subject") ?? "", body: text("body") ?? "")
        case ("notification", "submitted"?):
            let language = Language(rawValue: text("language") ?? "en") ?? .en
            let service = try await catalogue.current(slug: text("service") ?? "")
            let title = service?.definition.title.text(language) ?? ""
            let next = service?.definition.whatHappensNext.text(language) ?? ""
            let subject = language == .gd ? "Fhuair sinn an t-iarrtas agad: \(job.reference)" : "We have received your request: \(job.reference)"
            let body = language == .gd
                ? "\(title)\n\nSeo an àireamh-iomraidh agad: \(job.reference)\n\n\(next)"
                : "\(title)\n\nYour reference is \(job.reference).\n\n\(next)"
            return Message(email: text("email"), phone: text("phone"), subject: subject, body: body)
        case ("notification", _):
            return Message(email: text("email"), phone: text("phone"), subject: text("subject") ?? "", body: text("body") ?? "")
        default:
            return nil
        }
    }

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        let message: Message?
        do {
            message = try await compose(job)
        } catch {
            throw .temporary("could not read the service: \(error)")
        }
        guard let message, message.email != nil || message.phone != nil else { return "nothing to send: no address" }
        guard let notify, let settings else { return "kept in the local outbox (no notification service configured)" }
        var sent: [SentMessage] = []
        do {
            if let email = message.email {
                let id = try await notify.send(to: .email(email), templateID: settings.emailTemplateID,
                                               personalisation: ["subject": message.subject, "body": message.body], reference: "\(job.idempotencyKey):email")
                sent.append(sentMessage(id, job, channel: "email", to: email))
            }
            if let phone = message.phone, let template = settings.smsTemplateID, message.email == nil {
                let id = try await notify.send(to: .sms(phone), templateID: template, personalisation: ["body": message.body], reference: "\(job.idempotencyKey):sms")
                sent.append(sentMessage(id, job, channel: "sms", to: phone))
            }
        } catch {
            throw error.isTemporary ? .temporary(error.description) : .permanent(error.description)
        }
        await keep(sent)
        return sent.isEmpty ? "nothing to send: no text template configured" : "sent through Notify: " + sent.map { "\($0.channel) \($0.notificationID)" }.joined(separator: ", ")
    }

    private func sentMessage(_ id: String, _ job: ClaimedJob, channel: String, to recipient: String) -> SentMessage {
        SentMessage(notificationID: id, reference: job.reference, jobID: job.id, channel: channel, recipient: RecipientMask.mask(recipient), sentAt: now())
    }

    /// Keeps Notify's ids. The messages are out, so failing here must not fail the job (a retry would send them
    /// again); the only loss is their delivery status on the case.
    private func keep(_ sent: [SentMessage]) async {
        guard let deliveries, !sent.isEmpty else { return }
        do {
            try await deliveries.recordSent(sent)
        } catch {
            logger?.error("could not record sent messages", metadata: ["error": "\(error)"])
        }
    }

    /// A message that will never go (Notify refused it, or retries ran out) is shown on its case, so an officer can
    /// reach the citizen another way.
    func parked(_ job: ClaimedJob, reason: String) async {
        guard job.topic == "notification", let deliveries, let message = try? await compose(job) else { return }
        let recipient = message.email ?? message.phone ?? ""
        guard !recipient.isEmpty else { return }
        try? await deliveries.recordUndeliverable(reference: job.reference, channel: message.email != nil ? "email" : "sms",
                                                  recipient: RecipientMask.mask(recipient), reason: reason, at: now())
    }
}
