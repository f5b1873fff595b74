import Foundation

/// How a request reached the council.
public enum Channel: String, Sendable, CaseIterable, Codable {
    case online, phone, faceToFace = "face_to_face", email, letter, api
}

/// A validated submission ready to be made durable: with the case and the outbox messages written in the same transaction.
public struct NewSubmission: Sendable {
    public var reference: String
    public var serviceSlug: String
    public var serviceVersion: Int
    public var answers: Answers
    public var uploads: [NewUpload]
    public var channel: Channel
    public var language: Language
    public var submittedAt: Date
    /// Where notifications go, when the answers hold an email address or phone number.
    public var contactEmail: String?
    public var contactPhone: String?
    /// The MyAccount the submission belongs to, when the citizen was signed in.
    public var citizenID: Int64?
    /// The case's first status: its workflow's initial state.
    public var initialStatus: String = "received"
    /// The day (`CalendarDay.dayNumber`) the workflow's target falls due, if it has one.
    public var dueDay: Int?
    /// When the case is due out of its first state, if that state has its own time limit.
    public var stateDueDay: Int?
    /// Name, postcode district and search text for the back office.
    public var caseIndex = CaseIndex(applicantName: nil, postcodeDistrict: nil, searchText: "")
    /// For assisted digital: the member of staff who entered it on the caller's behalf.
    public var enteredByStaffID: Int64?
    /// The job an appointment answer booked: its place is taken, and the job recorded, in the submission's transaction.
    public var booking: NewVisit?
    /// The audit entry of the API call that made it, written in the same transaction (one commit, not two).
    public var audit: AuditEntry?
    /// Where the request is: the first location answer's point and the area of its postcode or point (docs/analytics.md).
    public var location = CaseLocation()
    public var areaCode: String?
    /// For an API call with an `Idempotency-Key`: the answer stored under the key in the same transaction, so a
    /// committed submission always has the answer a retry gets.
    public var idempotency: IdempotencyCompletion?

    public init(
        reference: String, serviceSlug: String, serviceVersion: Int, answers: Answers, uploads: [NewUpload],
        channel: Channel, language: Language, submittedAt: Date, contactEmail: String?, contactPhone: String?
    ) {
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.serviceVersion = serviceVersion
        self.answers = answers
        self.uploads = uploads
        self.channel = channel
        self.language = language
        self.submittedAt = submittedAt
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
    }

    /// Builds a submission from validated answers, picking the first email and phone answers as contact details.
    public init(validated: ValidatedSubmission, definition: ServiceDefinition, version: Int, channel: Channel, language: Language, now: Date = Date()) {
        var email: String?
        var phone: String?
        for page in validated.route where page.repeatGroup == nil {
            for question in page.questions {
                guard case .text(let value)? = validated.answers[question.id] else { continue }
                if question.type == .email, email == nil { email = value }
                if question.type == .phone, phone == nil { phone = value }
            }
        }
        let reference = Reference.make(prefix: definition.referencePrefix)
        self.init(
            reference: reference, serviceSlug: definition.slug, serviceVersion: version,
            answers: validated.answers, uploads: validated.newUploads, channel: channel, language: language,
            submittedAt: now, contactEmail: email, contactPhone: phone
        )
        initialStatus = definition.workflow.initialState
        caseIndex = CaseIndex(answers: validated.answers, definition: definition, reference: reference, email: email)
        location = CaseLocation(route: validated.route, answers: validated.answers)
    }

    /// Sets the due day from the workflow's target, counted in working days from `today`.
    public mutating func setDue(_ workflow: Workflow, calendar: WorkingCalendar, today: CalendarDay) {
        dueDay = workflow.target.map { calendar.adding(workingDays: $0.workingDays, to: today).dayNumber }
        stateDueDay = workflow.state(workflow.initialState)?.targetWorkingDays.map { calendar.adding(workingDays: $0, to: today).dayNumber }
    }
}

/// A submission as stored.
public struct StoredSubmission: Sendable {
    public var reference: String
    public var serviceSlug: String
    public var serviceVersion: Int
    public var answers: [String: JSONValue]
    public var channel: Channel
    public var language: Language
    public var submittedAt: Date
    public var status: String
    /// The citizen's account, when they were signed in: their messages can link to the request in MyAccount.
    public var citizenID: Int64?

    public init(reference: String, serviceSlug: String, serviceVersion: Int, answers: [String: JSONValue], channel: Channel, language: Language, submittedAt: Date, status: String,
                citizenID: Int64? = nil) {
        self.citizenID = citizenID
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.serviceVersion = serviceVersion
        self.answers = answers
        self.channel = channel
        self.language = language
        self.submittedAt = submittedAt
        self.status = status
    }
}
