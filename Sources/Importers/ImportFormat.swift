/// The form builders a service can be imported from.
public enum ImportFormat: String, Sendable, CaseIterable {
    case govukForms = "govuk-forms"
    case formio
    case openForms = "open-forms"

    /// The builder's name as people know it.
    public var name: String {
        switch self {
        case .govukForms: "GOV.UK Forms"
        case .formio: "Form.io"
        case .openForms: "Open Forms"
        }
    }

    /// Reads a file of this format: a GOV.UK Forms form document or a Form.io form (JSON), an Open Forms export (ZIP).
    public func read(_ bytes: [UInt8]) throws(ImportError) -> ImportResult {
        switch self {
        case .govukForms: try GOVUKFormsImporter.read(bytes)
        case .formio: try FormioImporter.read(bytes)
        case .openForms: try OpenFormsImporter.read(bytes)
        }
    }
}
