import Domain
import Foundation
import Synchronization

/// A service as the citizen side sees it at one moment: its current version (if any is live) and its lifecycle.
struct CatalogueEntry: Sendable {
    var status: ServiceStatus
    /// The newest live version; nil before the first goes live.
    var current: PublishedService?
    var availability: ServiceAvailability

    var slug: String { status.slug }
    var audience: ServiceAudience { status.settings.audience }
}

/// The published services, cached briefly so that page views don't query the catalogue each time.
///
/// Versions are immutable, so a version once read is cached for good; which version is *current*, and whether the
/// service is open, is worked out from the stored times at most once a second (`ServiceStatus`), so a version
/// published or scheduled through any server goes live here within a second of its time, with no background job.
final class ServiceCatalogue: Sendable {
    private struct Snapshot {
        var loadedAt: ContinuousClock.Instant
        var services: [PublishedService]
        var entries: [String: CatalogueEntry]
    }

    private let repository: any ServiceRepository
    private let lifecycle: any ServiceLifecycleStore
    private let now: @Sendable () -> Date
    private let snapshot = Mutex<Snapshot?>(nil)
    private let versions = Mutex<[String: PublishedService]>([:])
    private let freshness: Duration

    init(repository: any ServiceRepository, lifecycle: any ServiceLifecycleStore, now: @escaping @Sendable () -> Date,
         freshness: Duration = .seconds(1)) {
        self.repository = repository
        self.lifecycle = lifecycle
        self.now = now
        self.freshness = freshness
    }

    private func load() async throws -> Snapshot {
        let instant = ContinuousClock.now
        if let cached = snapshot.withLock({ $0 }), instant - cached.loadedAt < freshness { return cached }
        let at = now()
        let services = try await repository.currentVersions(at: at)
        let current = Dictionary(services.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: CatalogueEntry] = [:]
        for status in try await lifecycle.statuses() {
            var counted = 0
            if let since = status.limitCountedSince(at: at) { counted = try await lifecycle.submissionCount(slug: status.slug, since: since) }
            entries[status.slug] = CatalogueEntry(status: status, current: current[status.slug],
                                                  availability: status.availability(at: at, submissionsCounted: counted))
        }
        let fresh = Snapshot(loadedAt: instant, services: services, entries: entries)
        snapshot.withLock { $0 = fresh }
        versions.withLock { cache in
            for service in services { cache["\(service.slug)@\(service.version)"] = service }
        }
        return fresh
    }

    /// The current version of every service that has one (closed and archived ones included: staff pages list
    /// them), in title order.
    func current() async throws -> [PublishedService] {
        try await load().services
    }

    func current(slug: String) async throws -> PublishedService? {
        try await current().first { $0.slug == slug }
    }

    /// A service's current version and whether citizens may use it; nil when there is no such service.
    func entry(slug: String) async throws -> CatalogueEntry? {
        try await load().entries[slug]
    }

    /// The open services `who` may start, in title order: the public list at `/`, plus internal services for staff
    /// and signed-in-only ones for signed-in citizens.
    func openServices(staff: Bool, citizen: Bool) async throws -> [PublishedService] {
        let loaded = try await load()
        return loaded.services.filter { service in
            guard let entry = loaded.entries[service.slug], entry.availability.isOpen else { return false }
            switch entry.audience {
            case .everyone: return true
            case .signedIn: return citizen
            case .staff: return staff
            }
        }
    }

    /// Whether `slug` takes submissions at this moment: the lifecycle as cached (at most a second old), with the
    /// submissions counted afresh when the current version has a limit, so a service without one costs no query.
    /// The count and the submission are not one transaction: submissions sent at the same instant as the last place
    /// can pass the limit by the number in flight.
    func availabilityForSubmission(slug: String) async throws -> ServiceAvailability {
        guard let status = try await load().entries[slug]?.status else { return .notYetOpen(opensAt: nil) }
        let at = now()
        var counted = 0
        if let since = status.limitCountedSince(at: at) { counted = try await lifecycle.submissionCount(slug: slug, since: since) }
        return status.availability(at: at, submissionsCounted: counted)
    }

    func version(slug: String, version: Int) async throws -> PublishedService? {
        let key = "\(slug)@\(version)"
        if let cached = versions.withLock({ $0[key] }) { return cached }
        guard let service = try await repository.version(slug: slug, version: version) else { return nil }
        versions.withLock { $0[key] = service }
        return service
    }

    /// Forgets which versions are current, after publishing through this server.
    func invalidate() {
        snapshot.withLock { $0 = nil }
    }
}
