import Foundation

/// A version to store, with the facts the designer gives when publishing.
public struct NewServiceVersion: Sendable {
    public var definition: ServiceDefinition
    public var source: String
    public var approval: VersionApproval
    public var publishedBy: Actor
    public var publishedAt: Date
    public var changeNote: String?
    public var liveFrom: Date
    public var closesAt: Date?
    public var submissionLimit: Int?
    public var rolledBackFrom: Int?

    public init(definition: ServiceDefinition, source: String, approval: VersionApproval, publishedBy: Actor, publishedAt: Date,
                changeNote: String?, liveFrom: Date, closesAt: Date?, submissionLimit: Int?, rolledBackFrom: Int? = nil) {
        self.definition = definition
        self.source = source
        self.approval = approval
        self.publishedBy = publishedBy
        self.publishedAt = publishedAt
        self.changeNote = changeNote
        self.liveFrom = liveFrom
        self.closesAt = closesAt
        self.submissionLimit = submissionLimit
        self.rolledBackFrom = rolledBackFrom
    }
}

/// Drafts, versions with their facts, and service settings. Versions' YAML never changes once stored; only their
/// approval, live time and closing time do.
public protocol ServiceLifecycleStore: Sendable {
    /// Every service that has a draft, a version or settings, with all three.
    func statuses() async throws -> [ServiceStatus]
    func status(slug: String) async throws -> ServiceStatus?
    /// The YAML of one version.
    func source(slug: String, version: Int) async throws -> String?

    func saveDraft(_ draft: ServiceDraft) async throws
    func deleteDraft(slug: String) async throws

    /// Stores a new version numbered after the newest, and removes the service's draft when `removingDraft`, in one
    /// transaction; returns its number.
    func addVersion(_ version: NewServiceVersion, removingDraft: Bool) async throws -> Int
    /// Approves a pending version: published, live from `liveFrom`. False when it was no longer pending.
    func approve(slug: String, version: Int, by: Actor, at: Date, liveFrom: Date) async throws -> Bool
    /// Withdraws a pending version. False when it was no longer pending.
    func withdraw(slug: String, version: Int) async throws -> Bool
    /// Sets (or clears) a version's closing time.
    func setClosing(slug: String, version: Int, closesAt: Date?) async throws

    func saveSettings(_ settings: ServiceSettings) async throws

    /// Submissions to `slug`, of any version, made at or after `since`: the count a submission limit is checked against.
    func submissionCount(slug: String, since: Date) async throws -> Int
}
