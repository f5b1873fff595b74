import Domain

/// The changes between two versions of a service (`/designer/services/{slug}/versions/{from}/diff/{to}` or the like).
public struct DefinitionDiffPage: PageModel {
    public var layout: LayoutModel
    public var serviceTitle: String
    public var fromVersion: Int
    public var toVersion: Int
    public var diff: DefinitionDiff

    public init(layout: LayoutModel, serviceTitle: String, fromVersion: Int, toVersion: Int, diff: DefinitionDiff) {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.diff = diff
    }
}
