import Domain

/// `/designer/new`: three ways to make a service's first draft (blank, a sample, a copy), each its own small form.
public struct DesignerNewServicePage: PageModel {
    public struct Choice: Sendable, Equatable {
        public var value: String
        public var label: String

        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var layout: LayoutModel
    public var csrf: String
    /// Sample files by file name, labelled with their service's title.
    public var samples: [Choice]
    /// Services this designer may copy, by slug.
    public var services: [Choice]
    /// The values posted, by field name (`DesignerNewServiceForm`).
    public var fields: [String: String]
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrf: String, samples: [Choice], services: [Choice], fields: [String: String] = [:], errors: [FieldError] = []) {
        self.layout = layout
        self.csrf = csrf
        self.samples = samples
        self.services = services
        self.fields = fields
        self.errors = errors
    }
}

/// The field names of the new-service forms, shared by the view and the controller.
public enum DesignerNewServiceForm {
    /// Which form was sent: `blank`, `sample` or `copy`.
    public static let start = "start"
    public static let title = "title"
    public static let slug = "slug"
    public static let prefix = "reference_prefix"
    public static let sample = "sample"
    public static let original = "original"
    public static let copySlug = "copy_slug"
    public static let copyPrefix = "copy_reference_prefix"
}
