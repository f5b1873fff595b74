import Domain

/// After a bulk action: which of the ticked cases changed and what was done, which did not and why.
public struct BulkOutcomePage: PageModel {
    public struct Line: Sendable, Equatable {
        public var reference: String
        /// What was done, or why nothing was.
        public var text: String

        public init(reference: String, text: String) {
            self.reference = reference
            self.text = text
        }
    }

    public var layout: LayoutModel
    public var changed: [Line]
    public var notChanged: [Line]
    /// The list the action was taken from.
    public var backAddress: String

    public init(layout: LayoutModel, changed: [Line], notChanged: [Line], backAddress: String) {
        self.layout = layout
        self.changed = changed
        self.notChanged = notChanged
        self.backAddress = backAddress
    }
}
