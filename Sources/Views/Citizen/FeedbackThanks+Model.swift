import Domain

/// After the satisfaction question: thanks, and the way back to the confirmation.
public struct FeedbackThanksPage: PageModel {
    public var layout: LayoutModel
    public var confirmationURL: String

    public init(layout: LayoutModel, confirmationURL: String) {
        self.layout = layout
        self.confirmationURL = confirmationURL
    }
}
