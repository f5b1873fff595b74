import Domain

/// Where an answer ends the journey ("you cannot use this service"), with the way back to the start.
public struct ExitPage: PageModel {
    public var layout: LayoutModel
    public var heading: String
    public var body: String?
    public var startURL: String

    public init(layout: LayoutModel, heading: String, body: String?, startURL: String) {
        self.layout = layout
        self.heading = heading
        self.body = body
        self.startURL = startURL
    }
}
