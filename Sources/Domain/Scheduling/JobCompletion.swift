/// A field worker's record of a job, and the move it makes the case (if the workflow allows one).
public struct JobCompletion: Sendable, Equatable {
    public var jobID: Int64
    /// The field worker recording it: the job must be theirs or no one person's.
    public var workerID: Int64
    public var caseReference: String
    public var outcome: JobOutcome
    /// The worker's own account of why the job could not be done: internal, like `notes`; never sent to the applicant.
    public var reason: String?
    public var notes: String?
    public var photo: NewUpload?
    public var summary: String
    public var caseMove: CaseMove?

    public init(jobID: Int64, workerID: Int64, caseReference: String, outcome: JobOutcome, reason: String?, notes: String?, photo: NewUpload?,
                summary: String, caseMove: CaseMove?) {
        self.jobID = jobID
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

/// A status change made with a job's outcome, only if the case is still in `from`.
public struct CaseMove: Sendable, Equatable {
    public var from: String
    public var to: String
    /// What the applicant is told, from the field form's "Reason the applicant will see"; never the job's notes.
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

public enum JobCompletionResult: Sendable, Equatable {
    /// Recorded; `caseMoved` is false when the case had left `from` meanwhile (or no move was asked).
    case recorded(caseMoved: Bool)
    /// The job was no longer scheduled (recorded by someone else, or cancelled).
    case notScheduled
}
