import Domain

/// A page for a request that could not be answered: not found, too large, an expired form, a refusal, a failure.
public struct ErrorPage: PageModel {
    public enum Kind: Sendable, Equatable {
        case notFound
        case tooLarge
        /// A form sent without its session's token, or after the session expired.
        case expiredForm
        /// The person's roles do not open the page.
        case refused
        case serverError
    }

    public var layout: LayoutModel
    public var kind: Kind
    /// Staff are offered their home page rather than the citizens' list of services.
    public var staffHome: Bool

    public init(layout: LayoutModel, kind: Kind, staffHome: Bool = false) {
        self.layout = layout
        self.kind = kind
        self.staffHome = staffHome
    }

    public static func title(_ kind: Kind) -> Phrase {
        switch kind {
        case .notFound: .notFoundTitle
        case .tooLarge: .tooLargeTitle
        case .expiredForm: .forbiddenTitle
        case .refused: .refusedTitle
        case .serverError: .serverErrorTitle
        }
    }

    static func message(_ kind: Kind) -> Phrase {
        switch kind {
        case .notFound: .notFoundBody
        case .tooLarge: .tooLargeBody
        case .expiredForm: .forbiddenBody
        case .refused: .refusedBody
        case .serverError: .serverErrorBody
        }
    }
}
