import Domain

/// Signing out: the choice (this device or every device), then the page that says it is done.
public struct StaffSignOutPage: PageModel {
    public enum State: Sendable, Equatable {
        case confirm(csrfToken: String)
        case signedOut
    }

    public var layout: LayoutModel
    public var state: State

    public init(layout: LayoutModel, state: State) {
        self.layout = layout
        self.state = state
    }
}
