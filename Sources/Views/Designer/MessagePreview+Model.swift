import Domain

/// Every message a service sends, in each language, filled in with sample answers: what a designer checks before
/// publishing.
public struct MessagePreviewPage: PageModel {
    /// One message as sent in one language.
    public struct Message: Sendable, Equatable {
        public var language: Language
        public var subject: String
        public var emailBody: String
        public var sms: String

        public init(language: Language, subject: String, emailBody: String, sms: String) {
            self.language = language
            self.subject = subject
            self.emailBody = emailBody
            self.sms = sms
        }
    }

    public struct Event: Sendable, Equatable {
        public var event: NotificationEvent
        /// The service has its own template for this event (otherwise the built-in message is used).
        public var ownTemplate: Bool
        public var notifyEmailTemplate: String?
        public var notifySMSTemplate: String?
        /// The message in each language, in the order of `Language.allCases`.
        public var messages: [Message]

        public init(event: NotificationEvent, ownTemplate: Bool, notifyEmailTemplate: String?, notifySMSTemplate: String?,
                    messages: [Message]) {
            self.event = event
            self.ownTemplate = ownTemplate
            self.notifyEmailTemplate = notifyEmailTemplate
            self.notifySMSTemplate = notifySMSTemplate
            self.messages = messages
        }
    }

    public var layout: LayoutModel
    public var serviceTitle: String
    public var version: Int
    /// The question where applicants choose how to be contacted, if the form asks.
    public var channelQuestion: String?
    public var events: [Event]

    public init(layout: LayoutModel, serviceTitle: String, version: Int, channelQuestion: String?, events: [Event]) {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.version = version
        self.channelQuestion = channelQuestion
        self.events = events
    }
}
