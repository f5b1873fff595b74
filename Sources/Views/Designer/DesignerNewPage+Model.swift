import Domain

/// Adding a page to a section: a question page (its first question's type and label), an information page (its title
/// and text, then Continue) or an exit page (its title and text),
/// and, below, adding a section after the others with its first question (the format has no empty sections). Two small
/// forms, no JavaScript.
public struct DesignerNewPagePage: PageModel {
    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    public var sectionID: String
    public var sectionTitle: String
    /// As posted, by field name (`DesignerNewPageForm`).
    public var fields: [String: String]
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrf: String, slug: String, sectionID: String, sectionTitle: String,
                fields: [String: String] = [:], errors: [FieldError] = []) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.sectionID = sectionID
        self.sectionTitle = sectionTitle
        self.fields = fields
        self.errors = errors
    }

    public var address: String { DesignerPaths.newPage(slug, section: sectionID) }
    public var newSectionAddress: String { "\(DesignerPaths.service(slug))/sections/new" }
}

/// The field names of the new-page and new-section forms.
public enum DesignerNewPageForm {
    /// `question` (a page asking a question), `information` (a titled page of text, then Continue: guidance or a
    /// warning) or `exit` (a titled page of text that ends the journey).
    public static let kind = "kind"
    public static let bodyEnglish = "body.en"
    public static let bodyGaelic = "body.gd"
    public static let titleEnglish = "title.en"
    public static let titleGaelic = "title.gd"
    public static let questionType = "question_type"
    public static let labelEnglish = "label.en"
    public static let labelGaelic = "label.gd"
    public static let sectionTitleEnglish = "section_title.en"
    public static let sectionTitleGaelic = "section_title.gd"
    public static let sectionQuestionType = "section_question_type"
    public static let sectionLabelEnglish = "section_label.en"
    public static let sectionLabelGaelic = "section_label.gd"
}
