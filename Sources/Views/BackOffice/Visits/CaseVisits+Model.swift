import Domain

/// The visits part of a case page: the case's visits (when, what, who, how it went, its photo) and the form that
/// schedules another. Not a page of its own: the case page holds it, and draws it with `body(_:)`.
public struct CaseVisitsSection: Sendable {
    public struct Row: Sendable {
        /// "Friday 27 November 2026, Morning (7am to 12 noon)", in the page's language.
        public var when: String
        public var kind: String
        public var who: String
        /// What was recorded; nil while the visit is still scheduled.
        public var record: FieldVisitRecord?
        /// The photo recorded with it, if any.
        public var photoHref: String?

        public init(when: String, kind: String, who: String, record: FieldVisitRecord?, photoHref: String?) {
            self.when = when
            self.kind = kind
            self.who = who
            self.record = record
            self.photoHref = photoHref
        }
    }

    public var rows: [Row]
    public var form: ScheduleVisitFields

    public init(rows: [Row], form: ScheduleVisitFields) {
        self.rows = rows
        self.form = form
    }
}

/// The "Schedule a job" form: kind, date, slot and who does it, drawn as journey questions are.
public struct ScheduleVisitFields: Sendable {
    public var caseReference: String
    public var questions: [Question]
    public var fields: [String: [String]]
    public var errors: [FieldError]
    public var csrfToken: String

    public init(caseReference: String, questions: [Question], fields: [String: [String]], errors: [FieldError], csrfToken: String) {
        self.caseReference = caseReference
        self.questions = questions
        self.fields = fields
        self.errors = errors
        self.csrfToken = csrfToken
    }

    public var action: String { "/backoffice/cases/\(caseReference)/visits" }
}

/// `POST /backoffice/cases/{reference}/visits` sent back: the form with what is wrong.
public struct ScheduleVisitPage: PageModel {
    public var layout: LayoutModel
    public var form: ScheduleVisitFields

    public init(layout: LayoutModel, form: ScheduleVisitFields) {
        self.layout = layout
        self.form = form
    }
}
