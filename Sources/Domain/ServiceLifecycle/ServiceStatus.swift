import Foundation

/// A service's state as the designer's list shows it.
public enum ServiceState: String, Sendable, CaseIterable {
    /// Never published (or only waiting for approval).
    case draft
    /// Not live yet: a version is waiting for its time.
    case scheduled
    case live
    /// Past the current version's closing time, or its submission limit reached.
    case closed
    case archived
}

/// Whether citizens can use a service now, and if not, why.
public enum ServiceAvailability: Sendable, Equatable {
    case open(version: Int)
    /// No version is live yet; `opensAt` is the scheduled time, if one is set.
    case notYetOpen(opensAt: Date?)
    case closed(ClosedReason)

    public enum ClosedReason: Sendable, Equatable {
        case closingTime(Date)
        case limitReached(Int)
        case archived
    }

    public var isOpen: Bool { if case .open = self { true } else { false } }
}

/// Everything that decides a service's state, read at one moment. Which version is current is worked out here from
/// the times, never stored: every server reading the same rows at the same moment comes to the same answer, and a
/// scheduled version goes live without a background job.
public struct ServiceStatus: Sendable, Equatable {
    public var slug: String
    public var settings: ServiceSettings
    /// Every stored version, in any order.
    public var versions: [ServiceVersionRecord]
    public var draft: ServiceDraft?

    public init(slug: String, settings: ServiceSettings? = nil, versions: [ServiceVersionRecord], draft: ServiceDraft? = nil) {
        self.slug = slug
        self.settings = settings ?? ServiceSettings(slug: slug)
        self.versions = versions
        self.draft = draft
    }

    /// The newest version that is live at `now`. A newer version that goes live first supersedes one scheduled
    /// earlier: a scheduled version never replaces a higher-numbered one.
    public func current(at now: Date) -> ServiceVersionRecord? {
        versions.filter { $0.isLive(at: now) }.max { $0.version < $1.version }
    }

    /// The next version waiting for its time that will become current when it comes.
    public func nextScheduled(at now: Date) -> ServiceVersionRecord? {
        let floor = current(at: now)?.version ?? 0
        return versions.filter { $0.approval == .published && !$0.isLive(at: now) && $0.version > floor }.min { $0.liveFrom < $1.liveFrom }
    }

    /// Versions waiting for a second person's approval.
    public var pendingApproval: [ServiceVersionRecord] { versions.filter { $0.approval == .pending }.sorted { $0.version < $1.version } }

    /// When the submissions that count towards the current version's limit began, if it has one.
    public func limitCountedSince(at now: Date) -> Date? {
        guard let current = current(at: now), current.submissionLimit != nil else { return nil }
        return current.liveFrom
    }

    /// Whether citizens can use the service at `now`, given how many submissions it has taken since the current
    /// version's limit began (`submissionsCounted`; ignored when there is no limit).
    public func availability(at now: Date, submissionsCounted: Int = 0) -> ServiceAvailability {
        if settings.isArchived { return .closed(.archived) }
        guard let current = current(at: now) else { return .notYetOpen(opensAt: nextScheduled(at: now)?.liveFrom) }
        if let closesAt = current.closesAt, closesAt <= now { return .closed(.closingTime(closesAt)) }
        if let limit = current.submissionLimit, submissionsCounted >= limit { return .closed(.limitReached(limit)) }
        return .open(version: current.version)
    }

    public func state(at now: Date, submissionsCounted: Int = 0) -> ServiceState {
        switch availability(at: now, submissionsCounted: submissionsCounted) {
        case .open: .live
        case .closed(.archived): .archived
        case .closed: .closed
        case .notYetOpen(let opensAt): opensAt == nil ? .draft : .scheduled
        }
    }
}
