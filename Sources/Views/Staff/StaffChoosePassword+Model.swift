import Domain

/// The set-up link an administrator sends: choose a password, or learn that the link no longer works.
public struct StaffChoosePasswordPage: PageModel {
    public enum State: Sendable, Equatable {
        case choose(csrfToken: String, token: String)
        case expired
    }

    public var layout: LayoutModel
    public var state: State
    public var errors: [FieldError]

    public init(layout: LayoutModel, state: State, errors: [FieldError] = []) {
        self.layout = layout
        self.state = state
        self.errors = errors
    }
}
