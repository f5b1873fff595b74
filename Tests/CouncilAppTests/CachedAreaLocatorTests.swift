import Domain
import Synchronization
import Testing
@testable import CouncilApp

/// Areas by postcode, counting the lookups; fails while told to.
private final class CountingAreas: AreaLocating {
    let lookups = Mutex(0)
    let failing = Mutex(false)

    func area(postcode: String?, latitude: Double?, longitude: Double?) async throws -> String? {
        lookups.withLock { $0 += 1 }
        if failing.withLock({ $0 }) { throw CancellationError() }
        return postcode.map { PostcodeKey.make($0) == "KT12AB" ? "W07" : nil } ?? nil
    }
}

@Suite struct CachedAreaLocatorTests {
    @Test func aPlaceLookedUpRecentlyCostsNoRead() async throws {
        let base = CountingAreas()
        let areas = CachedAreaLocator(base)
        #expect(try await areas.area(postcode: "KT1 2AB", latitude: nil, longitude: nil) == "W07")
        #expect(try await areas.area(postcode: "kt12ab", latitude: nil, longitude: nil) == "W07", "the same postcode, written differently")
        #expect(try await areas.area(postcode: "ZZ1 1ZZ", latitude: nil, longitude: nil) == nil)
        #expect(try await areas.area(postcode: "ZZ1 1ZZ", latitude: nil, longitude: nil) == nil)
        #expect(base.lookups.withLock { $0 } == 2)
        #expect(try await areas.area(postcode: "KT1 2AB", latitude: 55.9, longitude: -3.2) == "W07")
        #expect(base.lookups.withLock { $0 } == 3, "a point is another place")
    }

    @Test func aFailedLookupIsNotRememberedAndOldAnswersExpire() async throws {
        let base = CountingAreas()
        base.failing.withLock { $0 = true }
        let areas = CachedAreaLocator(base, lifetime: .milliseconds(50))
        await #expect(throws: CancellationError.self) { try await areas.area(postcode: "KT1 2AB", latitude: nil, longitude: nil) }
        base.failing.withLock { $0 = false }
        #expect(try await areas.area(postcode: "KT1 2AB", latitude: nil, longitude: nil) == "W07")
        try await Task.sleep(for: .milliseconds(80))
        #expect(try await areas.area(postcode: "KT1 2AB", latitude: nil, longitude: nil) == "W07")
        #expect(base.lookups.withLock { $0 } == 3)
    }
}
