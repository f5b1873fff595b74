import Domain

/// Building one condition without JavaScript, in two steps: choose the question it reads, then how its answer is
/// compared (with the question's own options to pick from) and, for a branch, where the journey goes.
public struct DesignerConditionPage: PageModel {
    /// What the condition is for.
    public enum Purpose: String, Sendable, Equatable {
        /// A `next` rule of the page: needs a destination.
        case rule
        /// The page's `show_when`.
        case showWhen = "show_when"
    }

    public struct QuestionChoice: Sendable, Equatable {
        public var id: String
        public var label: String
        public var type: QuestionType
        /// The question's options (value, label), for choice, choices and yes/no questions.
        public var options: [Option]

        public init(id: String, label: String, type: QuestionType, options: [Option] = []) {
            self.id = id
            self.label = label
            self.type = type
            self.options = options
        }

        public struct Option: Sendable, Equatable {
            public var value: String
            public var label: String

            public init(value: String, label: String) {
                self.value = value
                self.label = label
            }
        }
    }

    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    public var pageID: String
    public var pageHeading: String
    public var purpose: Purpose
    /// The questions a condition here may read: those answered before the page (and on it, for a branch).
    public var questions: [QuestionChoice]
    /// Step two once a question is chosen.
    public var chosen: QuestionChoice?
    /// Where a branch may go: later pages, exit pages and check-answers (id, words).
    public var destinations: [(id: String, label: String)]
    public var fields: [String: String]
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrf: String, slug: String, pageID: String, pageHeading: String, purpose: Purpose,
                questions: [QuestionChoice], chosen: QuestionChoice?, destinations: [(id: String, label: String)],
                fields: [String: String] = [:], errors: [FieldError] = []) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.pageID = pageID
        self.pageHeading = pageHeading
        self.purpose = purpose
        self.questions = questions
        self.chosen = chosen
        self.destinations = destinations
        self.fields = fields
        self.errors = errors
    }

    public var action: String { "\(DesignerPaths.page(slug, pageID))/condition?for=\(purpose.rawValue)" }
}

/// The comparisons the condition builder offers, each one `Condition` of the definition format.
public enum DesignerComparison: String, Sendable, CaseIterable {
    case equals, notEquals = "not_equals", oneOf = "one_of", greaterThan = "greater_than", lessThan = "less_than"
    case answered, notAnswered = "not_answered"

    /// The comparisons that make sense for a question of `type` (the validator refuses the others).
    public static func offered(for type: QuestionType) -> [DesignerComparison] {
        switch type {
        case .choice, .yesNo: [.equals, .notEquals, .oneOf, .answered, .notAnswered]
        case .choices: [.equals, .notEquals, .oneOf, .answered, .notAnswered]
        case .number, .decimal: [.equals, .notEquals, .greaterThan, .lessThan, .answered, .notAnswered]
        case .text, .longText, .email, .phone, .postcode: [.equals, .notEquals, .answered, .notAnswered]
        default: [.answered, .notAnswered]
        }
    }

    public var needsValue: Bool { self != .answered && self != .notAnswered }
}

public enum DesignerConditionForm {
    public static let question = "question"
    public static let comparison = "comparison"
    /// The value typed, for text and number questions.
    public static let value = "value"
    /// The options ticked, for choice questions (one or several).
    public static let options = "options"
    public static let destination = "goto"
}
