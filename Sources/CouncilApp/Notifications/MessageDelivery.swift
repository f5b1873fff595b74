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
    /// A Notify text message template with a `((body))` placeholder; nil sends no texts (unless a service has its own).
    public var smsTemplateID: String?

    public init(apiKey: NotifyAPIKey, baseURL: String = "https://api.notifications.service.gov.uk", emailTemplateID: String, smsTemplateID: String?) {
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.emailTemplateID = emailTemplateID
        self.smsTemplateID = smsTemplateID
    }
}

/// Runs the `email` and `notification` jobs: renders the message and sends it (or keeps it in the local outbox).
struct MessageDeliveryHandler: JobHandler {
    let notify: NotifyClient?
    let settings: NotifySettings?
    let messages: NotificationMessages
    /// Where Notify's ids for sent messages are kept, so their delivery status can be read back onto the case, and so
    /// a retry does not send again by a channel that already went.
    var deliveries: (any DeliveryLog)? = nil
    var now: @Sendable () -> Date = Date.init
    var logger: Logger? = nil

    /// The message a job stands for, addressed to the channels it goes by.
    func compose(_ job: ClaimedJob) async throws -> OutgoingMessage? {
        let settings = settings
        // Without Notify every channel is shown in the local outbox; with it, a text needs a template to go with.
        return try await messages.message(for: job) { template in
            guard let settings else { return true }
            return settings.smsTemplateID != nil || template?.notifySMSTemplate != nil
        }
    }

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        let message: OutgoingMessage?
        do {
            message = try await compose(job)
        } catch {
            throw .temporary("could not read the service: \(error)")
        }
        guard let message, !message.to.isEmpty else { return "nothing to send: no address" }
        guard let notify, let settings else { return "kept in the local outbox (no notification service configured)" }
        var sent: [SentMessage] = []
        do {
            // A retry after one channel went and the other failed sends only what has not gone yet: Notify does not
            // deduplicate, so without this a text failing after the email would send the email again.
            let alreadySent = job.attempts > 1 ? try await deliveries?.channelsSent(jobID: job.id) ?? [] : []
            if let email = message.to.email, !alreadySent.contains("email") {
                let own = message.notifyEmailTemplate
                let id = try await notify.send(to: .email(email), templateID: own ?? settings.emailTemplateID,
                                               personalisation: own == nil ? ["subject": message.subject, "body": message.body] : message.personalisation,
                                               reference: "\(job.idempotencyKey):email")
                sent.append(await keep(id, job, channel: "email", to: email))
            }
            if let phone = message.to.phone, !alreadySent.contains("sms"), let template = message.notifySMSTemplate ?? settings.smsTemplateID {
                let own = message.notifySMSTemplate != nil
                let id = try await notify.send(to: .sms(phone), templateID: template,
                                               personalisation: own ? message.personalisation : ["body": message.sms],
                                               reference: "\(job.idempotencyKey):sms")
                sent.append(await keep(id, job, channel: "sms", to: phone))
            }
        } catch let error as NotifyError {
            throw error.isTemporary ? .temporary(error.description) : .permanent(error.description)
        } catch {
            throw .temporary("could not read what was already sent: \(error)")
        }
        return sent.isEmpty ? "nothing to send: no text template configured, or sent before"
            : "sent through Notify: " + sent.map { "\($0.channel) \($0.notificationID)" }.joined(separator: ", ")
    }

    /// Keeps Notify's id as soon as the message is accepted. The message is out, so failing here must not fail the
    /// job (a retry would send it again); the only loss is its delivery status on the case.
    private func keep(_ id: String, _ job: ClaimedJob, channel: String, to recipient: String) async -> SentMessage {
        let message = SentMessage(notificationID: id, reference: job.reference, jobID: job.id, channel: channel,
                                  recipient: RecipientMask.mask(recipient), sentAt: now())
        guard let deliveries else { return message }
        do {
            try await deliveries.recordSent([message])
        } catch {
            logger?.error("could not record a sent message", metadata: ["error": "\(error)"])
        }
        return message
    }

    /// A message that will never go (Notify refused it, or retries ran out) is shown on its case, so an officer can
    /// reach the citizen another way.
    func parked(_ job: ClaimedJob, reason: String) async {
        guard job.topic == "notification", let deliveries, let message = try? await compose(job) else { return }
        guard let recipient = message.to.email ?? message.to.phone else { return }
        try? await deliveries.recordUndeliverable(reference: job.reference, channel: message.to.email != nil ? "email" : "sms",
                                                  recipient: RecipientMask.mask(recipient), reason: reason, at: now())
    }
}
