import Foundation

/// A case as the back office works it.
public struct CaseRecord: Sendable, Equatable {
    public var reference: String
    public var serviceSlug: String
    public var serviceVersion: Int
    public var status: String
    public var statusSince: Date
    public var createdAt: Date
    public var channel: String
    public var assigneeID: Int64?
    /// `CalendarDay.dayNumber` of the deadline.
    public var dueDay: Int?
    public var targetMetAt: Date?
    /// When the case is due out of its current state (`dayNumber`), if the state has a time limit.
    public var stateDueDay: Int? = nil
    public var applicantName: String?
    public var applicantEmail: String?
    /// Where text messages go: the phone number given in the form, or by the caller to an agent.
    public var applicantPhone: String? = nil
    public var postcodeDistrict: String?
    public var citizenID: Int64?
    public var language: Language

    public init(reference: String, serviceSlug: String, serviceVersion: Int, status: String, statusSince: Date, createdAt: Date, channel: String,
                assigneeID: Int64?, dueDay: Int?, targetMetAt: Date?, applicantName: String?, applicantEmail: String?,
                postcodeDistrict: String?, citizenID: Int64?, language: Language) {
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.serviceVersion = serviceVersion
        self.status = status
        self.statusSince = statusSince
        self.createdAt = createdAt
        self.channel = channel
        self.assigneeID = assigneeID
        self.dueDay = dueDay
        self.targetMetAt = targetMetAt
        self.applicantName = applicantName
        self.applicantEmail = applicantEmail
        self.postcodeDistrict = postcodeDistrict
        self.citizenID = citizenID
        self.language = language
    }

    public var dueDate: CalendarDay? { dueDay.map(CalendarDay.init(dayNumber:)) }
}

/// One line of a case's timeline: a status change, assignment, note, message, notification, view or reply.
public struct CaseTimelineEntry: Sendable, Equatable {
    public var kind: CaseEventKind
    public var detail: [String: JSONValue]
    /// `staff:3`, `citizen:9`, or nil for the platform itself.
    public var actor: String?
    public var at: Date

    public init(kind: CaseEventKind, detail: [String: JSONValue], actor: String?, at: Date) {
        self.kind = kind
        self.detail = detail
        self.actor = actor
        self.at = at
    }
}

public enum CaseEventKind: String, Sendable, CaseIterable {
    case statusChanged = "status_changed"
    case assigned
    case note
    case message
    case informationRequested = "information_requested"
    case informationSupplied = "information_supplied"
    /// Written by earlier versions when staff opened a case; views are on the audit trail now.
    case viewed
    case notificationQueued = "notification_queued"
    case visitScheduled = "job_scheduled"
    case visitCompleted = "job_completed"
    /// What GOV.UK Notify said became of a message: delivered, or why not.
    case notificationDelivery = "notification_delivery"
    /// A message that could not be sent at all: Notify refused it, or every retry failed.
    case notificationUndeliverable = "notification_undeliverable"
    /// The case is due soon or overdue (the daily target check).
    case targetWarning = "target_warning"
    /// Someone reporting the same problem asked to follow this case (the duplicate check): its status updates are
    /// copied to the email address in the detail.
    case interestedParty = "interested_party"
    /// An event of a kind this version does not know (written by a newer server).
    case other
}

/// A change to a case, applied with its timeline event (and any notification) in one transaction.
public enum CaseChange: Sendable, Equatable {
    /// Moves the status, but only if the case is still in `from` (someone else may have moved it meanwhile).
    /// `stateDueDay` is when the case is due out of the new state, if that state has a time limit. `reason` is the
    /// applicant's to read (on the timeline their account shows, and in their notification).
    case status(from: String, to: String, reason: CitizenReason?, meetsTarget: Bool, notify: CaseNotification?, stateDueDay: Int? = nil)
    case assign(staffID: Int64?, name: String?)
    case note(String)
    /// A message to the citizen; also queued for sending.
    case message(String, notify: CaseNotification)
    case requestInformation(question: String, from: String, to: String, notify: CaseNotification)
    case supplyInformation(answer: String, backTo: String?)
}

/// What the citizen is sent: queued in the outbox in the same transaction as the change. A templated event is
/// rendered when it is sent, from the service's template and `fields`; an officer's own message goes as written.
public struct CaseNotification: Sendable, Equatable {
    public var email: String?
    public var phone: String?
    /// A `NotificationEvent` raw value, or `message` for an officer's message sent as written.
    public var event: String
    /// The event's facts for its template: `status`, `reason`, `question`, `link`, `date`, `slot`.
    public var fields: [String: String]
    /// How the timeline names it (and, for a written message, its subject).
    public var subject: String
    /// The written message's text; empty for a templated event.
    public var body: String

    public init(email: String?, phone: String?, subject: String, body: String) {
        self.email = email
        self.phone = phone
        self.event = "message"
        self.fields = [:]
        self.subject = subject
        self.body = body
    }

    public init(_ event: NotificationEvent, email: String?, phone: String?, summary: String, fields: [String: String]) {
        self.email = email
        self.phone = phone
        self.event = event.rawValue
        self.fields = fields
        self.subject = summary
        self.body = ""
    }
}

public protocol CaseRepository: Sendable {
    func record(reference: String) async throws -> CaseRecord?
    func timeline(reference: String) async throws -> [CaseTimelineEntry]
    /// Applies `change` by `actor`; false when a status change found the case no longer in its `from` state.
    func apply(_ change: CaseChange, to reference: String, actor: Actor, at: Date) async throws -> Bool
}
