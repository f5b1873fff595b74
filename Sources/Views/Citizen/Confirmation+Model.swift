import Domain

/// After sending: the reference, what happens next, a printable record, and the optional satisfaction question.
public struct ConfirmationPage: PageModel {
    public var layout: LayoutModel
    public var title: String
    public var reference: String
    public var whatHappensNext: String?
    public var printURL: String
    public var startAgainURL: String
    /// The satisfaction question; nil where it is not asked (or already answered: see `feedbackGiven`).
    public var feedback: SatisfactionForm?
    public var feedbackGiven: Bool

    public init(layout: LayoutModel, title: String, reference: String, whatHappensNext: String?, printURL: String, startAgainURL: String,
                feedback: SatisfactionForm? = nil, feedbackGiven: Bool = false) {
        self.layout = layout
        self.title = title
        self.reference = reference
        self.whatHappensNext = whatHappensNext
        self.printURL = printURL
        self.startAgainURL = startAgainURL
        self.feedback = feedback
        self.feedbackGiven = feedbackGiven
    }
}

/// The GOV.UK-style satisfaction question: five radios and an optional comment, as last posted.
public struct SatisfactionForm: Sendable {
    public var action: String
    public var csrfToken: String
    public var rating: String
    public var comment: String
    public var errors: [FieldError]

    public init(action: String, csrfToken: String, rating: String = "", comment: String = "", errors: [FieldError] = []) {
        self.action = action
        self.csrfToken = csrfToken
        self.rating = rating
        self.comment = comment
        self.errors = errors
    }
}
