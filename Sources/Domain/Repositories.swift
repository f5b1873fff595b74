import Foundation

/// One published version of a service definition, with the YAML it was parsed from.
public struct PublishedService: Sendable {
    public var slug: String
    public var version: Int
    public var source: String
    public var definition: ServiceDefinition
    public var publishedAt: Date

    public init(slug: String, version: Int, source: String, definition: ServiceDefinition, publishedAt: Date) {
        self.slug = slug
        self.version = version
        self.source = source
        self.definition = definition
        self.publishedAt = publishedAt
    }
}

/// The published versions of every service. Versions' YAML is immutable once stored.
public protocol ServiceRepository: Sendable {
    /// Stores `source` as a new version, live now, unless it equals the newest one (the command line's import and the
    /// samples on first start); returns the current version number and whether it is new.
    func publish(_ definition: ServiceDefinition, source: String) async throws -> (version: Int, isNew: Bool)
    /// The current version of every service at `now`: the newest published version whose live time has come
    /// (see `ServiceStatus.current(at:)`). Closed and archived services still have one; `ServiceStatus` says whether
    /// citizens may use it.
    func currentVersions(at now: Date) async throws -> [PublishedService]
    func version(slug: String, version: Int) async throws -> PublishedService?
}

extension ServiceRepository {
    /// The current versions now, by the system clock (the command line's callers).
    public func currentVersions() async throws -> [PublishedService] { try await currentVersions(at: Date()) }
}

/// A browser's session: the language chosen and the token its forms must carry.
public struct WebSession: Sendable, Equatable {
    /// SHA-256 of the cookie's token, so a copy of the database cannot be used to take over sessions.
    public var idHash: String
    public var csrfToken: String
    public var language: Language

    public init(idHash: String, csrfToken: String, language: Language) {
        self.idHash = idHash
        self.csrfToken = csrfToken
        self.language = language
    }
}

public protocol SessionRepository: Sendable {
    func create(_ session: WebSession) async throws
    func session(idHash: String) async throws -> WebSession?
    func setLanguage(_ language: Language, idHash: String) async throws
    /// Sign-in: `new` replaces the session `oldHash` (if any) in one transaction; its journeys and files move to the
    /// new one, unsent forms becoming `citizenID`'s when given. The old id then opens nothing.
    func rotate(from oldHash: String?, to new: WebSession, adoptBy citizenID: Int64?) async throws
    /// Sign-out: `new` replaces the session `oldHash`, and every form in it ends, except a signed-in citizen's unsent
    /// forms, which stay with their account (under `parkedHash`, which no browser holds) to be continued after the next
    /// sign-in, and a staff member's unsent assisted forms, which move to `new` and can be sent only by the member who
    /// started them, once signed in again.
    func end(_ oldHash: String, replacingWith new: WebSession, parkingAccountFormsAt parkedHash: String) async throws
}

/// A form filled in by a member of staff on a caller's behalf (assisted digital): how the request came in, who
/// entered it, and the caller's contact details for notifications when the form itself does not ask for them.
public struct AssistedEntry: Sendable, Equatable {
    public var channel: Channel
    public var staffID: Int64
    public var callerEmail: String?
    public var callerPhone: String?

    public init(channel: Channel, staffID: Int64, callerEmail: String?, callerPhone: String?) {
        self.channel = channel
        self.staffID = staffID
        self.callerEmail = callerEmail
        self.callerPhone = callerPhone
    }

    public var json: [String: JSONValue] {
        var object: [String: JSONValue] = ["channel": .string(channel.rawValue), "staff_id": .number(Double(staffID))]
        if let callerEmail { object["caller_email"] = .string(callerEmail) }
        if let callerPhone { object["caller_phone"] = .string(callerPhone) }
        return object
    }

    public init?(json: [String: JSONValue]) {
        guard let channel = json["channel"]?.stringValue.flatMap(Channel.init(rawValue:)),
              case .number(let staff)? = json["staff_id"] else { return nil }
        self.init(channel: channel, staffID: Int64(staff), callerEmail: json["caller_email"]?.stringValue, callerPhone: json["caller_phone"]?.stringValue)
    }
}

/// A citizen's progress through one service, kept on the version it started with.
public struct JourneyState: Sendable, Equatable {
    public var sessionHash: String
    public var slug: String
    public var version: Int
    public var answers: [String: JSONValue]
    /// Pages the citizen has answered and moved on from.
    public var completed: Set<String>
    /// Set once submitted; the journey then shows its confirmation.
    public var submittedReference: String?
    /// The MyAccount saving this journey, when the citizen is signed in; written, not read back.
    public var citizenID: Int64?
    /// Set when a member of staff is filling the form in for a caller.
    public var assisted: AssistedEntry?

    public init(
        sessionHash: String, slug: String, version: Int, answers: [String: JSONValue] = [:], completed: Set<String> = [],
        submittedReference: String? = nil, citizenID: Int64? = nil, assisted: AssistedEntry? = nil
    ) {
        self.assisted = assisted
        self.citizenID = citizenID
        self.sessionHash = sessionHash
        self.slug = slug
        self.version = version
        self.answers = answers
        self.completed = completed
        self.submittedReference = submittedReference
    }
}

public protocol JourneyRepository: Sendable {
    func journey(sessionHash: String, slug: String) async throws -> JourneyState?
    /// The session and its journey for `slug` in one read (every page view needs both); nil when there is no session.
    func sessionAndJourney(sessionHash: String, slug: String) async throws -> (session: WebSession, journey: JourneyState?)?
    func save(_ journey: JourneyState) async throws
    func delete(sessionHash: String, slug: String) async throws
}

public protocol UploadRepository: Sendable {
    /// Stores a file uploaded during a journey, before the submission exists.
    func store(_ upload: NewUpload, sessionHash: String) async throws
    /// The file, if it belongs to this session's journey or to the given submission.
    func file(id: String, sessionHash: String) async throws -> (reference: FileReference, data: [UInt8])?
    /// A file sent with the submission `reference`, for the staff who handle its case.
    func file(id: String, submissionReference: String) async throws -> (reference: FileReference, data: [UInt8])?
}

public protocol SubmissionRepository: Sendable {
    /// Makes the submission durable with its case record, its first case event and its outbox messages, in one
    /// transaction; returns only once committed. With `journey`, also marks that journey submitted and claims its uploads.
    func record(_ submission: NewSubmission, completing journey: JourneyState?) async throws
    func submission(reference: String) async throws -> StoredSubmission?
    func submissionCount() async throws -> Int
}
