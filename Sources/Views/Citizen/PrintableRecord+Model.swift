import Domain

/// A plain record of what was sent, to print or save: reference, when, every answer, what happens next.
public struct PrintableRecordPage: PageModel {
    public var layout: LayoutModel
    public var serviceTitle: String
    public var reference: String
    /// "25 November 2026, 14:05", in the page's language.
    public var submittedOn: String
    public var sections: [AnswerSection]
    public var whatHappensNext: String?

    public init(layout: LayoutModel, serviceTitle: String, reference: String, submittedOn: String, sections: [AnswerSection],
                whatHappensNext: String?) {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.reference = reference
        self.submittedOn = submittedOn
        self.sections = sections
        self.whatHappensNext = whatHappensNext
    }
}
