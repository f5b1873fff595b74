import Domain

/// `/field`: a field worker's visits on one day, in slot then address order, each with its outcome form; links to
/// the days either side; after a recording, what became of the case.
public struct FieldDayPage: PageModel {
    /// The form sent back with errors: its visit and what was typed.
    public struct FailedForm: Sendable {
        public var visitID: Int64
        public var fields: [String: String]

        public init(visitID: Int64, fields: [String: String]) {
            self.visitID = visitID
            self.fields = fields
        }
    }

    public var layout: LayoutModel
    public var day: CalendarDay
    public var today: CalendarDay
    public var notice: FieldRecordedNotice?
    public var cards: [FieldVisitCard]
    public var csrfToken: String
    public var failed: FailedForm?
    public var errors: [FieldError]

    public init(layout: LayoutModel, day: CalendarDay, today: CalendarDay, notice: FieldRecordedNotice? = nil, cards: [FieldVisitCard],
                csrfToken: String, failed: FailedForm? = nil, errors: [FieldError] = []) {
        self.layout = layout
        self.day = day
        self.today = today
        self.notice = notice
        self.cards = cards
        self.csrfToken = csrfToken
        self.failed = failed
        self.errors = errors
    }

    /// "Today’s jobs", or "Jobs on Friday 27 November 2026".
    public static func title(day: CalendarDay, today: CalendarDay, _ language: Language) -> String {
        day == today ? Phrase.fieldTodaysJobs(language)
            : Phrase.fieldJobsOn(AppointmentText.day(day, .en), AppointmentText.day(day, .gd))(language)
    }

    /// Where a card's form posts: its visit, keeping the day the list shows.
    public func action(for card: FieldVisitCard) -> String { "/field/visits/\(card.id)?day=\(day.iso)" }
}

/// "Outcome recorded for case BLK-…: completed.", and where the case went or why it stayed.
public struct FieldRecordedNotice: Sendable, Equatable {
    public enum CaseState: Sendable, Equatable {
        /// The service moves no case on this outcome.
        case unchanged
        /// The case is now at this (labelled) state.
        case now(String)
        /// The case stays at this state: it had moved on already (`why` nil), or the workflow's own words say why not.
        case stays(String, why: String?)
    }

    public var caseReference: String
    public var outcome: VisitOutcome
    public var caseState: CaseState

    public init(caseReference: String, outcome: VisitOutcome, caseState: CaseState) {
        self.caseReference = caseReference
        self.outcome = outcome
        self.caseState = caseState
    }

    public func text(_ language: Language) -> String {
        var text = Phrase.fieldOutcomeRecorded(reference: caseReference, outcome: outcome)(language)
        switch caseState {
        case .unchanged: break
        case .now(let state): text += Phrase.fieldCaseNowAt(state)(language)
        case .stays(let state, let why): text += Phrase.fieldCaseStaysAt(state, why: why ?? Phrase.fieldCaseMovedOn(language))(language)
        }
        return text
    }
}
