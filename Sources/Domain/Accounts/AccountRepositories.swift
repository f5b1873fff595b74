import Foundation

public protocol CitizenAccountRepository: Sendable {
    /// Throws `AccountError.emailTaken` when the address already has an account.
    func create(email: String, passwordHash: String?, emailConfirmed: Bool) async throws -> CitizenAccount
    func account(id: Int64) async throws -> CitizenAccount?
    func account(email: String) async throws -> CitizenAccount?
    func confirmEmail(id: Int64) async throws
    func setPassword(id: Int64, hash: String) async throws
    /// Throws `AccountError.emailTaken` when another account has the address.
    func setEmail(id: Int64, email: String) async throws
    /// Removes the account, its sessions and its identity-provider links; its submissions stay with the council,
    /// no longer linked to anyone.
    func delete(id: Int64) async throws

    func setProfile(id: Int64, profile: [String: JSONValue]) async throws

    func account(provider: String, subject: String) async throws -> CitizenAccount?
    func link(provider: String, subject: String, to id: Int64) async throws

    /// The account's submissions, newest first, with each case's current status.
    func requests(of id: Int64) async throws -> [RequestSummary]
    /// The submission, if it belongs to this account.
    func request(reference: String, of id: Int64) async throws -> StoredSubmission?
    func caseEvents(reference: String) async throws -> [CaseEvent]
    /// Adds an anonymous submission to the account when the email it was made with matches; false otherwise.
    func claim(reference: String, email: String, for id: Int64) async throws -> Bool

    /// Unfinished journeys of this account, newest first.
    func savedJourneys(of id: Int64) async throws -> [SavedJourney]
    /// Moves the journey for `slug` (of this account, or of the session `fromSession`) into the browser session
    /// `toSession`, replacing any journey that session had for the service. False when there is no such journey.
    func moveJourney(slug: String, citizenID: Int64?, fromSession: String?, toSession: String) async throws -> Bool
}

public protocol StaffRepository: Sendable {
    func create(email: String, passwordHash: String?, grants: [RoleGrant]) async throws -> StaffMember
    func member(id: Int64) async throws -> StaffMember?
    func member(email: String) async throws -> StaffMember?
    func all() async throws -> [StaffMember]
    func setPassword(id: Int64, hash: String) async throws
    /// Stores the authenticator secret and the hashes of fresh recovery codes, replacing any earlier ones.
    func enrolAuthenticator(id: Int64, secret: String, recoveryCodeHashes: [String]) async throws
    /// Records that the code for `step` was used; false if that step (or a later one) was used already, so a code
    /// seen over someone's shoulder cannot be replayed.
    func useTOTPStep(id: Int64, step: Int64) async throws -> Bool
    /// Spends a recovery code; false if it is not one of this person's unused codes.
    func useRecoveryCode(id: Int64, codeHash: String) async throws -> Bool
    func unusedRecoveryCodes(id: Int64) async throws -> Int
    /// Forgets the authenticator and recovery codes: the person enrols again at their next sign-in.
    func resetAuthenticator(id: Int64) async throws
    func setGrants(id: Int64, grants: [RoleGrant]) async throws
    func setDisabled(id: Int64, disabled: Bool) async throws
    /// The member of staff whose council identity-provider account this is, once they have linked it.
    func member(provider: String, subject: String) async throws -> StaffMember?
    func link(provider: String, subject: String, to id: Int64) async throws
}

public protocol AuthSessionRepository: Sendable {
    func create(_ session: AuthSession) async throws
    func session(idHash: String) async throws -> AuthSession?
    func touch(idHash: String, at: Date) async throws
    func completeSecondFactor(idHash: String) async throws
    func delete(idHash: String) async throws
    /// Signs the person out everywhere; returns how many sessions ended.
    @discardableResult func deleteAll(kind: PrincipalKind, subjectID: Int64) async throws -> Int
    func count(kind: PrincipalKind, subjectID: Int64) async throws -> Int
}

public protocol OneTimeLinkRepository: Sendable {
    func create(_ link: OneTimeLink) async throws
    /// The link if it exists, is for `purpose`, is unused and unexpired; does not use it up.
    func valid(tokenHash: String, purpose: LinkPurpose, at: Date) async throws -> OneTimeLink?
    /// Uses the link up and returns it; nil when it is unknown, for another purpose, used or expired. Of two
    /// requests racing with one link, only one gets it.
    func consume(tokenHash: String, purpose: LinkPurpose, at: Date) async throws -> OneTimeLink?
}

/// Failed sign-ins, counted per key (an account or an IP address) over a window, shared by every server.
public protocol SignInAttemptRepository: Sendable {
    func recordFailure(keys: [String], at: Date) async throws
    /// Failures for `key` since `since`, and the earliest and latest of them.
    func failures(key: String, since: Date) async throws -> (count: Int, earliest: Date?, latest: Date?)
    func clear(key: String) async throws
}

public protocol AuditLog: Sendable {
    func record(_ entry: AuditEntry) async throws
    func recent(limit: Int, actorOrSubject: String?) async throws -> [AuditEntry]
    /// One page of the entries the query matches, newest first, with whether there are newer and older pages.
    func page(_ query: AuditQuery) async throws -> AuditPage
}

/// Which audit entries to show, and which page of them: entries are paged by their id (newest first), so a page
/// is as quick to read at the millionth row as at the first, and rows written meanwhile do not shift the pages.
public struct AuditQuery: Sendable, Equatable {
    /// Entries by or about any of these recorded actors (`staff:7`); nil for everyone, empty for nobody.
    public var people: Set<String>?
    public var action: AuditAction?
    /// Entries at or after this moment.
    public var from: Date?
    /// Entries before this moment.
    public var until: Date?
    public var cursor: AuditCursor
    public var pageSize: Int

    public init(people: Set<String>? = nil, action: AuditAction? = nil, from: Date? = nil, until: Date? = nil,
                cursor: AuditCursor = .newest, pageSize: Int = 50) {
        self.people = people
        self.action = action
        self.from = from
        self.until = until
        self.cursor = cursor
        self.pageSize = pageSize
    }
}

/// Where a page of the audit trail starts.
public enum AuditCursor: Sendable, Equatable {
    /// The newest entries.
    case newest
    /// The entries just older than the entry with this id (the next page).
    case olderThan(Int64)
    /// The entries just newer than the entry with this id (the previous page).
    case newerThan(Int64)
}

/// An entry as the audit store holds it, with the id that pages are counted from.
public struct StoredAuditEntry: Sendable, Equatable {
    public var id: Int64
    public var entry: AuditEntry

    public init(id: Int64, entry: AuditEntry) {
        self.id = id
        self.entry = entry
    }
}

public struct AuditPage: Sendable, Equatable {
    /// Newest first.
    public var entries: [StoredAuditEntry]
    public var hasNewer: Bool
    public var hasOlder: Bool

    public init(entries: [StoredAuditEntry], hasNewer: Bool, hasOlder: Bool) {
        self.entries = entries
        self.hasNewer = hasNewer
        self.hasOlder = hasOlder
    }

    /// The cursor for the page of newer entries, if there is one.
    public var newer: AuditCursor? { hasNewer ? entries.first.map { .newerThan($0.id) } : nil }
    /// The cursor for the page of older entries, if there is one.
    public var older: AuditCursor? { hasOlder ? entries.last.map { .olderThan($0.id) } : nil }
}

/// Email the platform sends (confirmation and reset links), written to the outbox for the notification worker.
public protocol EmailOutbox: Sendable {
    func enqueue(_ email: OutgoingEmail) async throws
    /// Queues a request for a password-reset link to `email`, for the `password-reset` job to act on: the request
    /// does this same write whether or not the address has an account.
    func enqueuePasswordReset(email: String, ipAddress: String?) async throws
}

public struct OutgoingEmail: Sendable, Equatable {
    public var to: String
    public var subject: String
    public var body: String
    /// Groups emails by kind for the notification worker and operators, e.g. `confirm-email`.
    public var template: String

    public init(to: String, subject: String, body: String, template: String) {
        self.to = to
        self.subject = subject
        self.body = body
        self.template = template
    }
}

public protocol PendingProviderSignInRepository: Sendable {
    func save(_ pending: PendingProviderSignIn) async throws
    /// Removes and returns the sign-in begun with this state, so a callback can be used once.
    func take(stateHash: String) async throws -> PendingProviderSignIn?
}
