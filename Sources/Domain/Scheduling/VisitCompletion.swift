/// A field worker's record of a visit, and the move it makes the case (if the workflow allows one).
public struct VisitCompletion: Sendable, Equatable {
    public var visitID: Int64
    /// The field worker recording it: the visit must be theirs or no one person's.
    public var workerID: Int64
    public var caseReference: String
    public var outcome: VisitOutcome
    /// The worker's own account of why the visit could not be done: internal, like `notes`; never sent to the applicant.
    public var reason: String?
    public var notes: String?
    public var photo: NewUpload?
    public var summary: String
    public var caseMove: CaseMove?

    public init(visitID: Int64, workerID: Int64, caseReference: String, outcome: VisitOutcome, reason: String?, notes: String?, photo: NewUpload?,
                summary: String, caseMove: CaseMove?) {
        self.visitID = visitID
        self.workerID = workerID
        self.caseReference = caseReference
        self.outcome = outcome
        self.reason = reason
        self.notes = notes
        self.photo = photo
        self.summary = summary
        self.caseMove = caseMove
    }
}

/// A status change made with a visit's outcome, only if the case is still in `from`.
public struct CaseMove: Sendable, Equatable {
    public var from: String
    public var to: String
    /// What the applicant is told, from the field form's "Reason the applicant will see"; never the visit's notes.
    public var citizenReason: CitizenReason?
    public var meetsTarget: Bool
    public var notify: CaseNotification?

    public init(from: String, to: String, citizenReason: CitizenReason?, meetsTarget: Bool, notify: CaseNotification?) {
        self.from = from
        self.to = to
        self.citizenReason = citizenReason
        self.meetsTarget = meetsTarget
        self.notify = notify
    }
}

public enum VisitCompletionResult: Sendable, Equatable {
    /// Recorded; `caseMoved` is false when the case had left `from` meanwhile (or no move was asked).
    case recorded(caseMoved: Bool)
    /// The visit was no longer scheduled (recorded by someone else, or cancelled).
    case notScheduled
}
