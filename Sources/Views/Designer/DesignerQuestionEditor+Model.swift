import Domain

/// Editing one question: its type, label and hint in both languages, whether it must be answered, the checks its type
/// takes, its own error messages and, for a choice, its options. Field names are the definition format's keys, so a
/// designer who later reads the YAML meets the same words.
public struct DesignerQuestionEditorPage: PageModel {
    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    public var pageID: String
    public var pageHeading: String
    public var questionID: String
    public var type: QuestionType
    /// Values as stored or as posted, by field name (`DesignerQuestionForm`).
    public var fields: [String: String]
    /// How many option rows to draw: the options there are plus blank rows to add new ones.
    public var optionRows: Int
    public var errors: [FieldError]
    public var notice: String?

    public init(layout: LayoutModel, csrf: String, slug: String, pageID: String, pageHeading: String, questionID: String,
                type: QuestionType, fields: [String: String], optionRows: Int, errors: [FieldError] = [], notice: String? = nil) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.pageID = pageID
        self.pageHeading = pageHeading
        self.questionID = questionID
        self.type = type
        self.fields = fields
        self.optionRows = optionRows
        self.errors = errors
        self.notice = notice
    }

    public var address: String { DesignerPaths.question(slug, pageID, questionID) }
}

/// The field names of the question editor.
public enum DesignerQuestionForm {
    public static let type = "type"
    public static let required = "required"
    public static func text(_ key: String, _ language: Language) -> String { "\(key).\(language.rawValue)" }
    public static func error(_ kind: ErrorKind, _ language: Language) -> String { "errors.\(kind.rawValue).\(language.rawValue)" }
    public static func option(_ row: Int, _ part: String) -> String { "options.\(row).\(part)" }
    /// Blank option rows offered below the existing ones (no JavaScript adds rows).
    public static let blankOptionRows = 3

    /// The checks a question of `type` takes, by definition key, in the order the editor shows them.
    public static func settings(for type: QuestionType) -> [QuestionSetting] {
        switch type {
        case .text: [.minLength, .maxLength, .pattern, .autocomplete]
        case .longText: [.minLength, .maxLength]
        case .number: [.minimum, .maximum, .suffix]
        case .decimal: [.minimum, .maximum, .money, .places]
        case .date: [.past, .future]
        case .choice: [.display]
        case .choices: [.minSelected, .maxSelected]
        case .file: [.maxSizeMB, .types]
        case .appointment: [.visit]
        default: []
        }
    }

    /// The error messages a question of `type` can show.
    public static func errorKinds(for type: QuestionType) -> [ErrorKind] {
        switch type {
        case .text: [.required, .tooShort, .tooLong, .pattern]
        case .longText: [.required, .tooShort, .tooLong]
        case .number, .decimal: [.required, .invalid, .tooSmall, .tooLarge]
        case .choices: [.required, .tooSmall, .tooLarge]
        case .choice, .yesNo, .appointment: [.required]
        default: [.required, .invalid]
        }
    }
}

/// One check a question may take, named by its definition key.
public enum QuestionSetting: String, Sendable, CaseIterable {
    case minLength = "min_length", maxLength = "max_length", pattern, autocomplete
    case minimum = "min", maximum = "max", suffix, money, places
    case past, future, display
    case minSelected = "min_selected", maxSelected = "max_selected"
    case maxSizeMB = "max_size_mb", types, visit

    /// A yes/no setting, drawn as a checkbox.
    public var isFlag: Bool { self == .past || self == .future || self == .money }
    /// A setting written in both languages.
    public var isLocalised: Bool { self == .suffix }
}
