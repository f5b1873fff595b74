import Domain

/// "Are you sure?" before closing or archiving a service: what will happen, in words, and the one button that does it.
public struct DesignerLifecycleConfirmPage: PageModel {
    /// The actions that ask first (bringing a service back from the archive does not).
    public enum Action: String, Sendable, Equatable, CaseIterable {
        case close
        case archive
    }

    public var layout: LayoutModel
    public var csrf: String
    public var slug: String
    public var title: String
    public var action: Action

    public init(layout: LayoutModel, csrf: String, slug: String, title: String, action: Action) {
        self.layout = layout
        self.csrf = csrf
        self.slug = slug
        self.title = title
        self.action = action
    }
}

extension DesignerPaths {
    /// The "Are you sure?" page of closing or archiving `slug`.
    public static func confirmLifecycle(_ slug: String, _ action: DesignerLifecycleConfirmPage.Action) -> String {
        "\(lifecycle(slug))/\(action.rawValue)"
    }
}
