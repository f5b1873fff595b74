import Domain

/// "Are you sure you want to remove qualification 2?", showing the item.
public struct RemoveItemPage: PageModel {
    public var layout: LayoutModel
    public var action: String
    public var csrfToken: String
    /// The yes/no question, its label the page's heading.
    public var question: Question
    public var itemTitle: String
    public var lines: [String]
    public var errors: [FieldError]

    public init(layout: LayoutModel, action: String, csrfToken: String, question: Question, itemTitle: String, lines: [String],
                errors: [FieldError]) {
        self.layout = layout
        self.action = action
        self.csrfToken = csrfToken
        self.question = question
        self.itemTitle = itemTitle
        self.lines = lines
        self.errors = errors
    }
}
