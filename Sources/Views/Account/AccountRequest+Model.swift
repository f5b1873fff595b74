import Domain
import Foundation

/// One of the citizen's requests: its status, its progress, the answers they gave, and the reply form when the
/// council is waiting on them for more information.
public struct AccountRequestPage: PageModel {
    public struct ProgressEntry: Sendable, Equatable {
        public var at: Date
        public var text: String

        public init(at: Date, text: String) {
            self.at = at
            self.text = text
        }
    }

    /// The council's open question, answered on this page.
    public struct OpenQuestion: Sendable, Equatable {
        public var question: String
        public var csrfToken: String

        public init(question: String, csrfToken: String) {
            self.question = question
            self.csrfToken = csrfToken
        }
    }

    public var layout: LayoutModel
    public var serviceTitle: String
    public var reference: String
    public var sentAt: Date
    /// The status in the service's own words.
    public var status: String
    /// Newest first, only what the citizen may see.
    public var progress: [ProgressEntry]
    /// Just back from answering the council's question.
    public var replyReceived: Bool
    public var openQuestion: OpenQuestion?
    public var replyErrors: [FieldError]
    /// The answers, as the check-answers summary draws them (`AnswerSectionsHTML`).
    public var answers: [AnswerSection]

    public init(layout: LayoutModel, serviceTitle: String, reference: String, sentAt: Date, status: String,
                progress: [ProgressEntry], replyReceived: Bool = false, openQuestion: OpenQuestion? = nil,
                replyErrors: [FieldError] = [], answers: [AnswerSection]) {
        self.layout = layout
        self.serviceTitle = serviceTitle
        self.reference = reference
        self.sentAt = sentAt
        self.status = status
        self.progress = progress
        self.replyReceived = replyReceived
        self.openQuestion = openQuestion
        self.replyErrors = replyErrors
        self.answers = answers
    }

    public static func title(serviceTitle: String, reference: String) -> String { "\(serviceTitle): \(reference)" }
}
