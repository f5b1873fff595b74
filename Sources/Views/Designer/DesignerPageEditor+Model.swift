import Domain

/// Editing one page of a draft: its texts, whether it ends the journey, its questions in order, when it is shown and
/// where it goes next. Each part is its own small form, so the page works without JavaScript.
public struct DesignerPageEditorPage: PageModel {
    public struct QuestionRow: Sendable, Equatable {
        public var id: String
        public var label: String
        public var type: QuestionType

        public init(id: String, label: String, type: QuestionType) {
            self.id = id
            self.label = label
            self.type = type
        }
    }

    /// A `next` rule of the page in words, in the order they are tried.
    public struct RuleRow: Sendable, Equatable {
        /// Nil for a rule that always holds.
        public var condition: String?
        public var destination: String

        public init(condition: String?, destination: String) {
            self.condition = condition
            self.destination = destination
        }
    }

    /// The texts as posted (or as stored), by field name (`DesignerPageForm`).
    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    public var pageID: String
    public var sectionTitle: String
    public var fields: [String: String]
    public var isExit: Bool
    public var questions: [QuestionRow]
    public var shownWhen: String?
    public var rules: [RuleRow]
    public var errors: [FieldError]
    public var notice: String?

    public init(layout: LayoutModel, csrf: String, slug: String, pageID: String, sectionTitle: String, fields: [String: String],
                isExit: Bool, questions: [QuestionRow], shownWhen: String?, rules: [RuleRow], errors: [FieldError] = [], notice: String? = nil) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.pageID = pageID
        self.sectionTitle = sectionTitle
        self.fields = fields
        self.isExit = isExit
        self.questions = questions
        self.shownWhen = shownWhen
        self.rules = rules
        self.errors = errors
        self.notice = notice
    }

    public var address: String { DesignerPaths.page(slug, pageID) }
}

/// The field names of the designer's page forms, shared by the view and the controller that reads the post.
public enum DesignerPageForm {
    public static let titleEnglish = "title.en"
    public static let titleGaelic = "title.gd"
    public static let bodyEnglish = "body.en"
    public static let bodyGaelic = "body.gd"
    public static let exit = "exit"
    /// A question list button: `up:ID`, `down:ID` or `remove:ID`.
    public static let questionAction = "question_action"
    /// A rule list button: `up:N`, `down:N` or `remove:N` (N from 0).
    public static let ruleAction = "rule_action"
    public static let newQuestionType = "new_question_type"
    public static let newQuestionLabel = "new_question_label"
}
