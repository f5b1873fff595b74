import Domain

/// "Save and come back later": for a signed-in citizen, that the answers are in their account; for anyone else, the
/// form that emails a link back to the journey.
public struct SaveForLaterPage: PageModel {
    public enum State: Sendable, Equatable {
        /// Signed in: the answers are kept with the account.
        case savedToAccount
        /// Not signed in: ask for an email address, as typed, with any error.
        case askEmail(email: String, csrfToken: String)
    }

    public var layout: LayoutModel
    public var serviceName: String
    public var slug: String
    public var state: State
    public var errors: [FieldError]

    public init(layout: LayoutModel, serviceName: String, slug: String, state: State, errors: [FieldError] = []) {
        self.layout = layout
        self.serviceName = serviceName
        self.slug = slug
        self.state = state
        self.errors = errors
    }

    public static func title(_ state: State) -> Phrase {
        switch state {
        case .savedToAccount: .journeyAnswersSaved
        case .askEmail: .journeySaveTitle
        }
    }
}
