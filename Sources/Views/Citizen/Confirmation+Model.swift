import Domain

/// After sending: the reference, what happens next, and a printable record.
public struct ConfirmationPage: PageModel {
    public var layout: LayoutModel
    public var title: String
    public var reference: String
    public var whatHappensNext: String?
    public var printURL: String
    public var startAgainURL: String

    public init(layout: LayoutModel, title: String, reference: String, whatHappensNext: String?, printURL: String, startAgainURL: String) {
        self.layout = layout
        self.title = title
        self.reference = reference
        self.whatHappensNext = whatHappensNext
        self.printURL = printURL
        self.startAgainURL = startAgainURL
    }
}
