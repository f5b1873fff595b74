import Foundation
import Domain

/// The outbox: the newest messages the platform has sent (or, with no Notify, would send), each as its task
/// renders it.
public struct OutboxPage: PageModel {
    public struct Message: Sendable, Equatable {
        public var createdAt: Date
        /// Email address and phone number, as sent to.
        public var to: [String]
        public var subject: String
        public var status: BackgroundJobStatus
        /// The email's body, when it goes by email.
        public var email: String?
        /// The text message, when it goes by text.
        public var sms: String?

        public init(createdAt: Date, to: [String], subject: String, status: BackgroundJobStatus, email: String?, sms: String?) {
            self.createdAt = createdAt
            self.to = to
            self.subject = subject
            self.status = status
            self.email = email
            self.sms = sms
        }
    }

    public var layout: LayoutModel
    public var notifyConfigured: Bool
    public var messages: [Message]

    public init(layout: LayoutModel, notifyConfigured: Bool, messages: [Message]) {
        self.layout = layout
        self.notifyConfigured = notifyConfigured
        self.messages = messages
    }
}
