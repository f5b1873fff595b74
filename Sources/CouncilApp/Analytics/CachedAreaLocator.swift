import Domain
import Foundation
import Synchronization

/// Remembers areas found for a minute, so a submission's area costs no read when its postcode (or point) was looked
/// up recently: the submission path stays within the benchmark's budget. A new `onecouncil areas import` is seen
/// within `lifetime`. Failed lookups are not remembered.
final class CachedAreaLocator: AreaLocating {
    private struct Place: Hashable {
        var postcode: String?
        var latitude: Double?
        var longitude: Double?
    }

    private let base: any AreaLocating
    private let lifetime: Duration
    private let capacity: Int
    private let found = Mutex<[Place: (area: String?, at: ContinuousClock.Instant)]>([:])

    init(_ base: any AreaLocating, lifetime: Duration = .seconds(60), capacity: Int = 20_000) {
        self.base = base
        self.lifetime = lifetime
        self.capacity = capacity
    }

    func area(postcode: String?, latitude: Double?, longitude: Double?) async throws -> String? {
        let place = Place(postcode: postcode.map(PostcodeKey.make), latitude: latitude, longitude: longitude)
        let now = ContinuousClock.now
        if let hit = found.withLock({ $0[place] }), now - hit.at < lifetime { return hit.area }
        let area = try await base.area(postcode: postcode, latitude: latitude, longitude: longitude)
        found.withLock { entries in
            // Bounded: past capacity start again rather than track ages; the next lookups refill it.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[place] = (area, now)
        }
        return area
    }
}
