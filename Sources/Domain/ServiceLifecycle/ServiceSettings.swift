import Foundation

/// Who may use a service: anyone, citizens signed in to their account, or signed-in staff (an internal service).
public enum ServiceAudience: String, CaseIterable, Sendable {
    case everyone = "public"
    case signedIn = "signed_in"
    case staff

    /// Whether the service appears in the public list of services at `/`.
    public var isListedPublicly: Bool { self == .everyone }
}

/// A service's settings, apart from its versions: who it is for, whether a second person approves each version, and
/// whether it is archived. A service with no row has the defaults (public, no approval, not archived).
public struct ServiceSettings: Sendable, Equatable {
    public var slug: String
    public var audience: ServiceAudience
    public var requiresApproval: Bool
    public var archivedAt: Date?

    public init(slug: String, audience: ServiceAudience = .everyone, requiresApproval: Bool = false, archivedAt: Date? = nil) {
        self.slug = slug
        self.audience = audience
        self.requiresApproval = requiresApproval
        self.archivedAt = archivedAt
    }

    public var isArchived: Bool { archivedAt != nil }
}

/// The one working draft of a service: YAML as last saved (valid or not), the version it started from, who saved it.
public struct ServiceDraft: Sendable, Equatable {
    public var slug: String
    public var source: String
    /// The published version the draft was started from; nil for a draft made from blank, a sample or a copy.
    public var basedOnVersion: Int?
    public var updatedBy: Actor
    public var updatedAt: Date

    public init(slug: String, source: String, basedOnVersion: Int?, updatedBy: Actor, updatedAt: Date) {
        self.slug = slug
        self.source = source
        self.basedOnVersion = basedOnVersion
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}
