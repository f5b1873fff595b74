import Domain

/// `/designer/services/{slug}/details`: the texts of the service's own pages (start, check answers, confirmation), in
/// English and Gaelic side by side.
public struct DesignerServiceDetailsPage: PageModel {
    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    /// The texts as posted (or as stored), by field name (`DesignerDetailsForm`).
    public var fields: [String: String]
    public var errors: [FieldError]
    public var notice: String?

    public init(layout: LayoutModel, csrf: String, slug: String, fields: [String: String], errors: [FieldError] = [], notice: String? = nil) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.fields = fields
        self.errors = errors
        self.notice = notice
    }
}

/// The service texts the details form edits: each has an English and a Gaelic field, `NAME.en` and `NAME.gd`.
public enum DesignerDetailsForm: String, CaseIterable, Sendable {
    case title
    case summary
    case startBody = "start_body"
    case beforeYouStart = "before_you_start"
    case checkAnswersTitle = "check_answers_title"
    case declaration
    case confirmationTitle = "confirmation_title"
    case whatHappensNext = "what_happens_next"

    public var english: String { "\(rawValue).en" }
    public var gaelic: String { "\(rawValue).gd" }
    /// Optional texts are left out of the service when their English is empty.
    public var isOptional: Bool { self == .beforeYouStart || self == .declaration }
    /// Long texts (paragraphs and lists) get a text area.
    public var isLong: Bool { [.startBody, .beforeYouStart, .declaration, .whatHappensNext].contains(self) }

    public var label: Phrase {
        switch self {
        case .title: .designerServiceTitle
        case .summary: .designerSummary
        case .startBody: .designerStartBody
        case .beforeYouStart: .designerBeforeYouStart
        case .checkAnswersTitle: .designerCheckAnswersTitle
        case .declaration: .designerDeclaration
        case .confirmationTitle: .designerConfirmationTitle
        case .whatHappensNext: .designerWhatHappensNext
        }
    }

    public var hint: Phrase? {
        switch self {
        case .summary: .designerSummaryHint
        case .startBody, .whatHappensNext: .designerBodyHint
        case .beforeYouStart, .declaration: .designerOptionalHint
        default: nil
        }
    }
}
