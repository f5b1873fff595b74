import Domain

/// The duplicate check: open reports of the same service near the citizen's point, to follow one instead of
/// reporting again. Each shows its reference, the service, its status and how far away it is; nothing its author wrote.
public struct NearbyReportsPage: PageModel {
    public struct Report: Sendable {
        public var reference: String
        public var status: String
        public var metres: Int

        public init(reference: String, status: String, metres: Int) {
            self.reference = reference
            self.status = status
            self.metres = metres
        }
    }

    /// The radio value for "mine is different".
    public static let different = "different"

    public var layout: LayoutModel
    public var serviceTitle: String
    public var action: String
    public var csrfToken: String
    public var reports: [Report]
    public var chosen: String
    public var email: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, serviceTitle: String, action: String, csrfToken: String, reports: [Report], chosen: String = "",
                email: String = "", errors: [FieldError] = []) {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.action = action
        self.csrfToken = csrfToken
        self.reports = reports
        self.chosen = chosen
        self.email = email
        self.errors = errors
    }
}

/// After following a nearby report: its reference, and what happens next.
public struct NearbyJoinedPage: PageModel {
    public var layout: LayoutModel
    public var reference: String
    public var emailGiven: Bool
    public var serviceURL: String

    public init(layout: LayoutModel, reference: String, emailGiven: Bool, serviceURL: String) {
        self.layout = layout
        self.reference = reference
        self.emailGiven = emailGiven
        self.serviceURL = serviceURL
    }
}
