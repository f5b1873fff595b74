import Domain

/// One page of questions in a journey (or one item of a repeating group): its heading, guidance, the questions with
/// what was typed and what was wrong, and Continue.
public struct QuestionPage: PageModel {
    public var layout: LayoutModel
    public var action: String
    public var csrfToken: String
    /// Reached from check answers: Continue leads back there.
    public var change: Bool
    public var sectionTitle: String?
    /// Nil when the page's only question is its heading.
    public var heading: String?
    public var body: LocalisedText?
    public var questions: [Question]
    public var questionIsHeading: Bool
    /// What the browser sent or the stored answers give, by form field name.
    public var fields: [String: [String]]
    public var errors: [FieldError]
    /// Files uploaded earlier, by question id.
    public var currentFiles: [String: FileReference]
    /// The dates and slots an appointment question can offer now.
    public var appointment: AppointmentChoices?
    /// "Save and come back later".
    public var saveURL: String?
    /// The map picker for a location question, when the server offers one.
    public var map: MapPicker?

    public init(layout: LayoutModel, action: String, csrfToken: String, change: Bool, sectionTitle: String?, heading: String?,
                body: LocalisedText?, questions: [Question], questionIsHeading: Bool, fields: [String: [String]],
                errors: [FieldError], currentFiles: [String: FileReference] = [:], appointment: AppointmentChoices? = nil,
                saveURL: String? = nil, map: MapPicker? = nil) {
        self.layout = layout
        self.action = action
        self.csrfToken = csrfToken
        self.change = change
        self.sectionTitle = sectionTitle
        self.heading = heading
        self.body = body
        self.questions = questions
        self.questionIsHeading = questionIsHeading
        self.fields = fields
        self.errors = errors
        self.currentFiles = currentFiles
        self.appointment = appointment
        self.saveURL = saveURL
        self.map = map
    }

    /// A file question makes the form multipart.
    public var multipart: Bool { questions.contains { $0.type == .file } }
}
