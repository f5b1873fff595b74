import Domain

/// The applicant's answer to "we need more information", through the one-time link sent to someone who applied
/// without an account (account holders answer on their request's page).
public struct InformationReplyPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    /// The emailed link's token, which the form posts back to.
    public var token: String
    public var reference: String
    public var question: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, token: String, reference: String, question: String, errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.token = token
        self.reference = reference
        self.question = question
        self.errors = errors
    }
}

/// The answer is on the case.
public struct InformationReplySentPage: PageModel {
    public var layout: LayoutModel
    public var reference: String

    public init(layout: LayoutModel, reference: String) {
        self.layout = layout
        self.reference = reference
    }
}
