import Foundation

/// Where a version stands on its way to going live.
public enum VersionApproval: String, Sendable, Equatable {
    /// Published without approval, or approved: it is live from `liveFrom`.
    case published
    /// Waiting for a second person's approval; never live until approved.
    case pending
    /// Its approval request was withdrawn; it never goes live.
    case withdrawn
}

/// One stored version's facts, without its YAML: what the designer's history and the citizen-side rules need.
public struct ServiceVersionRecord: Sendable, Equatable {
    public var slug: String
    public var version: Int
    public var title: String
    public var approval: VersionApproval
    /// When the version was stored (published, or its approval requested).
    public var publishedAt: Date
    public var publishedBy: Actor?
    public var changeNote: String?
    /// When it goes (or went) live; for a pending version, the time asked for. The publication time for a version
    /// that went live on being stored (`isImmediate`).
    public var liveFrom: Date
    /// Live as soon as stored, whatever the reader's clock: the command line's imports and the samples on first
    /// start, which have no scheduled time.
    public var isImmediate: Bool
    /// When it stops taking submissions, if ever.
    public var closesAt: Date?
    /// How many submissions the service takes, across its versions, from `liveFrom` on.
    public var submissionLimit: Int?
    public var approvedBy: Actor?
    public var approvedAt: Date?
    /// The earlier version this one restored, when it was made by rolling back.
    public var rolledBackFrom: Int?

    public init(slug: String, version: Int, title: String, approval: VersionApproval = .published, publishedAt: Date,
                publishedBy: Actor? = nil, changeNote: String? = nil, liveFrom: Date?, closesAt: Date? = nil,
                submissionLimit: Int? = nil, approvedBy: Actor? = nil, approvedAt: Date? = nil, rolledBackFrom: Int? = nil) {
        self.slug = slug
        self.version = version
        self.title = title
        self.approval = approval
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
        self.changeNote = changeNote
        self.liveFrom = liveFrom ?? publishedAt
        self.isImmediate = liveFrom == nil
        self.closesAt = closesAt
        self.submissionLimit = submissionLimit
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.rolledBackFrom = rolledBackFrom
    }

    /// Whether the version may be (or become) current: published, and its time has come.
    public func isLive(at now: Date) -> Bool { approval == .published && (isImmediate || liveFrom <= now) }
}
