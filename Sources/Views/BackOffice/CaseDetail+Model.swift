import Domain
import Foundation

/// One case in the back office at /backoffice/cases/{reference}: the reference and service as its heading, the
/// applicant, status and due date in the summary beneath; then the answers, the field visits and the timeline (newest
/// first) beside a column of actions (assign, change status, request information, schedule a visit, note, message).
public struct CaseDetailPage: PageModel {
    public typealias Option = (value: String, label: String)

    /// The answers as check-answers shows them, one summary list per section.
    public struct AnswerSection: Sendable, Equatable {
        public var title: String
        public var rows: [AnswerRow]

        public init(title: String, rows: [AnswerRow]) {
            self.title = title
            self.rows = rows
        }
    }

    public struct AnswerRow: Sendable, Equatable {
        public var question: String
        public var lines: [String]

        public init(question: String, lines: [String]) {
            self.question = question
            self.lines = lines
        }
    }

    /// Who did something on the timeline.
    public enum Who: Sendable, Equatable {
        case staff(String)
        case applicant
        case platform
        /// An actor the page has no name for (an API client, an older record), as stored.
        case other(String)
    }

    public struct Event: Sendable, Equatable {
        public var entry: CaseTimelineEntry
        public var who: Who

        public init(entry: CaseTimelineEntry, who: Who) {
            self.entry = entry
            self.who = who
        }
    }

    public var layout: LayoutModel
    public var reference: String
    public var serviceTitle: String
    /// The `done` of the address after an action (`assigned`, `status`, …): its notice is shown.
    public var done: String?

    // The summary.
    public var applicant: String
    public var status: String
    public var target: TargetStatus
    public var due: CalendarDay?
    /// Where the case stands against its current status's own limit; nil: no limit.
    public var statusTarget: (status: TargetStatus, due: CalendarDay)?
    /// Nil: nobody (the service's queue).
    public var assignee: String?
    public var received: Date
    public var channel: String
    /// The member of staff who entered an assisted request.
    public var enteredBy: String?

    // The main column.
    /// Nil: the submission's answers are not stored (a case made by the API or before answers were kept).
    public var answers: [AnswerSection]?
    public var locations: [Location]
    public var files: [FileReference]
    /// The case's field visits and the form to schedule one, drawn by the field-visit views; empty for a service that
    /// schedules none.
    public var fieldVisitsHTML: String
    /// Newest first.
    public var timeline: [Event]
    /// Workflow status id → label, for the timeline's status changes.
    public var statusLabels: [String: String]

    // The actions column.
    /// Assigning is for case officers; nil: not offered. Otherwise the colleagues besides "me" and "back to the queue".
    public var colleagues: [Option]?
    /// The statuses this person may move the case to.
    public var moves: [Option]
    public var canRequestInformation: Bool
    public var fields: [String: String]
    public var errors: [FieldError]
    public var csrfToken: String

    public init(layout: LayoutModel, reference: String, serviceTitle: String, done: String?, applicant: String, status: String,
                target: TargetStatus, due: CalendarDay?, statusTarget: (status: TargetStatus, due: CalendarDay)?, assignee: String?,
                received: Date, channel: String, enteredBy: String?, answers: [AnswerSection]?, locations: [Location],
                files: [FileReference], fieldVisitsHTML: String, timeline: [Event], statusLabels: [String: String],
                colleagues: [Option]?, moves: [Option], canRequestInformation: Bool, fields: [String: String], errors: [FieldError],
                csrfToken: String) {
        self.layout = layout
        self.reference = reference
        self.serviceTitle = serviceTitle
        self.done = done
        self.applicant = applicant
        self.status = status
        self.target = target
        self.due = due
        self.statusTarget = statusTarget
        self.assignee = assignee
        self.received = received
        self.channel = channel
        self.enteredBy = enteredBy
        self.answers = answers
        self.locations = locations
        self.files = files
        self.fieldVisitsHTML = fieldVisitsHTML
        self.timeline = timeline
        self.statusLabels = statusLabels
        self.colleagues = colleagues
        self.moves = moves
        self.canRequestInformation = canRequestInformation
        self.fields = fields
        self.errors = errors
        self.csrfToken = csrfToken
    }

    var base: String { "/backoffice/cases/\(reference)" }
}
