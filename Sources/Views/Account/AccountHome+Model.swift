import Domain
import Foundation

/// "Your account": the citizen's unfinished forms, their requests, and links to change their details.
public struct AccountHomePage: PageModel {
    public struct SavedForm: Sendable, Equatable {
        public var slug: String
        public var serviceTitle: String
        public var savedAt: Date

        public init(slug: String, serviceTitle: String, savedAt: Date) {
            self.slug = slug
            self.serviceTitle = serviceTitle
            self.savedAt = savedAt
        }
    }

    public struct Request: Sendable, Equatable {
        public var reference: String
        public var serviceTitle: String
        public var sentAt: Date
        /// The status in the service's own words.
        public var status: String

        public init(reference: String, serviceTitle: String, sentAt: Date, status: String) {
            self.reference = reference
            self.serviceTitle = serviceTitle
            self.sentAt = sentAt
            self.status = status
        }
    }

    public var layout: LayoutModel
    public var email: String
    /// Just arrived from the link that confirmed the address.
    public var justConfirmed: Bool
    public var savedForms: [SavedForm]
    /// Newest first.
    public var requests: [Request]

    public init(layout: LayoutModel, email: String, justConfirmed: Bool = false, savedForms: [SavedForm] = [], requests: [Request] = []) {
        self.layout = layout
        self.email = email
        self.justConfirmed = justConfirmed
        self.savedForms = savedForms
        self.requests = requests
    }
}
