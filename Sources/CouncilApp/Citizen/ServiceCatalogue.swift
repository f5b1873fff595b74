import Domain
import Foundation
import Synchronization

/// The published services, cached briefly so that page views don't query the catalogue each time.
///
/// Versions are immutable, so a version once read is cached for good; which version is *current* is re-read at most
/// once a second, so a service published through another server appears here within a second.
final class ServiceCatalogue: Sendable {
    private struct Snapshot {
        var loadedAt: ContinuousClock.Instant
        var services: [PublishedService]
    }

    private let repository: any ServiceRepository
    private let snapshot = Mutex<Snapshot?>(nil)
    private let versions = Mutex<[String: PublishedService]>([:])
    private let freshness: Duration

    init(repository: any ServiceRepository, freshness: Duration = .seconds(1)) {
        self.repository = repository
        self.freshness = freshness
    }

    /// The current version of every published service, in title order.
    func current() async throws -> [PublishedService] {
        let now = ContinuousClock.now
        if let cached = snapshot.withLock({ $0 }), now - cached.loadedAt < freshness {
            return cached.services
        }
        let services = try await repository.currentVersions()
        snapshot.withLock { $0 = Snapshot(loadedAt: now, services: services) }
        versions.withLock { cache in
            for service in services { cache["\(service.slug)@\(service.version)"] = service }
        }
        return services
    }

    func current(slug: String) async throws -> PublishedService? {
        try await current().first { $0.slug == slug }
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
