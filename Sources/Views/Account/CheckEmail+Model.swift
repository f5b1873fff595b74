import Domain

/// "Check your email", after anything that sends the citizen a link.
public struct CheckEmailPage: PageModel {
    /// What the emailed link is for.
    public enum Purpose: String, Sendable, CaseIterable {
        case register, reset, change, resume
    }

    public var layout: LayoutModel
    public var purpose: Purpose

    public init(layout: LayoutModel, purpose: Purpose) {
        self.layout = layout
        self.purpose = purpose
    }
}
