import Domain

/// `/designer/import`: upload a form from another builder (GOV.UK Forms, Form.io, Open Forms) to make a new service's
/// first draft.
public struct DesignerImportPage: PageModel {
    public struct Format: Sendable, Equatable {
        public var value: String
        public var name: String
        /// What the file is, in the page's language: "a form document (.json)".
        public var hint: String

        public init(value: String, name: String, hint: String) {
            self.value = value
            self.name = name
            self.hint = hint
        }
    }

    public var layout: LayoutModel
    public var csrf: String
    public var formats: [Format]
    /// The largest file taken, in megabytes.
    public var limitMegabytes: Int
    /// The values posted, by field name (`DesignerImportForm`); a file is never sent back to the browser.
    public var fields: [String: String]
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrf: String, formats: [Format], limitMegabytes: Int, fields: [String: String] = [:], errors: [FieldError] = []) {
        self.layout = layout
        self.csrf = csrf
        self.formats = formats
        self.limitMegabytes = limitMegabytes
        self.fields = fields
        self.errors = errors
    }
}

/// The field names of the import form, shared by the view and the controller.
public enum DesignerImportForm {
    public static let format = "format"
    public static let file = "file"
    public static let slug = "slug"
}

extension DesignerPaths {
    public static let importService = "/designer/import"
}
