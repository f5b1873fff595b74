import Domain

/// A repeating group's list: the items added so far with Change and Remove, then "add another?".
public struct RepeatSummaryPage: PageModel {
    public struct Item: Sendable, Equatable {
        public var title: String
        public var lines: [String]
        public var changeURL: String
        public var removeURL: String

        public init(title: String, lines: [String], changeURL: String, removeURL: String) {
            self.title = title
            self.lines = lines
            self.changeURL = changeURL
            self.removeURL = removeURL
        }
    }

    public var layout: LayoutModel
    public var sectionTitle: String?
    public var heading: String
    /// The page's guidance, shown before any item is added.
    public var body: String?
    /// "2 × qualification".
    public var count: String
    public var items: [Item]
    public var action: String
    public var csrfToken: String
    public var change: Bool
    /// The yes/no question "add another?"; nil when the list is full.
    public var addAnother: Question?
    public var errors: [FieldError]

    public init(layout: LayoutModel, sectionTitle: String?, heading: String, body: String?, count: String, items: [Item],
                action: String, csrfToken: String, change: Bool, addAnother: Question?, errors: [FieldError]) {
        self.layout = layout
        self.sectionTitle = sectionTitle
        self.heading = heading
        self.body = body
        self.count = count
        self.items = items
        self.action = action
        self.csrfToken = csrfToken
        self.change = change
        self.addAnother = addAnother
        self.errors = errors
    }
}
