import Domain

/// Where a preview reaches check-answers: the texts the citizen would meet there and on the confirmation page.
public struct DesignerPreviewEndPage: PageModel {
    public var layout: LayoutModel
    public var checkAnswersTitle: String
    public var declaration: String?
    public var confirmationTitle: String
    public var whatHappensNext: String
    public var startAgainURL: String

    public init(layout: LayoutModel, checkAnswersTitle: String, declaration: String?, confirmationTitle: String,
                whatHappensNext: String, startAgainURL: String) {
        self.layout = layout
        self.checkAnswersTitle = checkAnswersTitle
        self.declaration = declaration
        self.confirmationTitle = confirmationTitle
        self.whatHappensNext = whatHappensNext
        self.startAgainURL = startAgainURL
    }
}
