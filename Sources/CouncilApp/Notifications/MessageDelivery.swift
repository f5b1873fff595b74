import Domain
import Foundation
import Integrations
import Jobs

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
        var sent: [String] = []
        do {
            if let email = message.to.email {
                let own = message.notifyEmailTemplate
                let id = try await notify.send(to: .email(email), templateID: own ?? settings.emailTemplateID,
                                               personalisation: own == nil ? ["subject": message.subject, "body": message.body] : message.personalisation,
                                               reference: "\(job.idempotencyKey):email")
                sent.append("email \(id)")
            }
            if let phone = message.to.phone, let template = message.notifySMSTemplate ?? settings.smsTemplateID {
                let own = message.notifySMSTemplate != nil
                let id = try await notify.send(to: .sms(phone), templateID: template,
                                               personalisation: own ? message.personalisation : ["body": message.sms],
                                               reference: "\(job.idempotencyKey):sms")
                sent.append("sms \(id)")
            }
        } catch {
            throw error.isTemporary ? .temporary(error.description) : .permanent(error.description)
        }
        return sent.isEmpty ? "nothing to send: no text template configured" : "sent through Notify: " + sent.joined(separator: ", ")
    }
}
