import Domain

/// Check your answers: every answer on the route with its Change link, the declaration, and the button that sends.
public struct CheckAnswersPage: PageModel {
    public var layout: LayoutModel
    public var heading: String
    /// Why the citizen is here again (their answers changed since they last looked).
    public var notice: String?
    public var sections: [AnswerSection]
    public var declaration: String?
    public var action: String
    public var csrfToken: String
    /// Binds the button to the answers shown.
    public var digest: String
    public var errors: [FieldError]

    public init(layout: LayoutModel, heading: String, notice: String?, sections: [AnswerSection], declaration: String?,
                action: String, csrfToken: String, digest: String, errors: [FieldError]) {
        self.layout = layout
        self.heading = heading
        self.notice = notice
        self.sections = sections
        self.declaration = declaration
        self.action = action
        self.csrfToken = csrfToken
        self.digest = digest
        self.errors = errors
    }
}
