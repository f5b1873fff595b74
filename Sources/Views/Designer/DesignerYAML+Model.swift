import Domain

/// The whole draft as YAML, for designers who prefer the file and for fixing a draft the forms cannot read. Saving keeps
/// the text even when it has problems; they are listed with their line and column, as `services validate` prints them.
public struct DesignerYAMLPage: PageModel {
    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    public var source: String
    public var problems: [DesignerServicePage.Problem]
    public var notice: String?

    public init(layout: LayoutModel, csrf: String, slug: String, source: String, problems: [DesignerServicePage.Problem], notice: String? = nil) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.source = source
        self.problems = problems
        self.notice = notice
    }

    public static let sourceField = "source"
}
