import Domain

/// The home page: every published service, with its summary.
public struct ServiceListPage: PageModel {
    public struct Entry: Sendable, Equatable {
        public var title: String
        public var summary: String
        public var url: String

        public init(title: String, summary: String, url: String) {
            self.title = title
            self.summary = summary
            self.url = url
        }
    }

    public var layout: LayoutModel
    public var services: [Entry]

    public init(layout: LayoutModel, services: [Entry]) {
        self.layout = layout
        self.services = services
    }
}
