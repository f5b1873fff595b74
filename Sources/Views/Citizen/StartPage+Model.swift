import Domain

/// A service's start page: what it is for, "Start now", and what to have ready.
public struct StartPage: PageModel {
    public var layout: LayoutModel
    public var title: String
    public var body: String?
    public var beforeYouStart: String?
    public var startURL: String

    public init(layout: LayoutModel, title: String, body: String?, beforeYouStart: String?, startURL: String) {
        self.layout = layout
        self.title = title
        self.body = body
        self.beforeYouStart = beforeYouStart
        self.startURL = startURL
    }
}
