import Domain
import Foundation

/// Assisted digital at /backoffice/assisted: the agent chooses the service and how the caller got in touch, then fills
/// in the public form for them; and a search for a caller's earlier requests.
public struct AssistedStartPage: PageModel {
    public var layout: LayoutModel
    /// The services this person may start a request in: slug and title.
    public var services: [(slug: String, title: String)]
    /// The ways a caller reaches an agent, in the order offered.
    public var channels: [Channel]
    /// The form's fields as sent, when it comes back with errors.
    public var fields: [String: String]
    public var errors: [FieldError]
    public var csrfToken: String

    public init(layout: LayoutModel, services: [(slug: String, title: String)], channels: [Channel], fields: [String: String],
                errors: [FieldError], csrfToken: String) {
        self.layout = layout
        self.services = services
        self.channels = channels
        self.fields = fields
        self.errors = errors
        self.csrfToken = csrfToken
    }
}

/// The search for a caller's requests, by reference, email address or postcode, at /backoffice/assisted/find.
public struct AssistedFindPage: PageModel {
    public struct Found: Sendable, Equatable {
        public var reference: String
        public var service: String
        public var status: String
        public var received: Foundation.Date

        public init(reference: String, service: String, status: String, received: Foundation.Date) {
            self.reference = reference
            self.service = service
            self.status = status
            self.received = received
        }
    }

    public var layout: LayoutModel
    /// What was searched for; empty before a search.
    public var query: String
    public var found: [Found]

    public init(layout: LayoutModel, query: String, found: [Found]) {
        self.layout = layout
        self.query = query
        self.found = found
    }
}
