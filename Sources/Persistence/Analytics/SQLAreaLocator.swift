import Domain
import Foundation
import SQLKit
import Synchronization

/// The area of a request: the area whose boundary holds its point (boundaries kept in memory), else its postcode's
/// area from `postcode_areas`. Boundaries are read again after `refresh()` (an import in this process) and at most
/// a minute after an import by another process (the command line), so no server restart is needed.
public final class SQLAreaLocator: AreaLocating, AreaBoundaries {
    private let database: Database
    private let maxAge: TimeInterval
    private struct Cache {
        var areas: [AreaBoundary]
        var loadedAt: Date
    }
    private let cache = Mutex<Cache?>(nil)

    public init(database: Database, maxAge: TimeInterval = 60) {
        self.database = database
        self.maxAge = maxAge
    }

    public func area(postcode: String?, latitude: Double?, longitude: Double?) async throws -> String? {
        if let latitude, let longitude, latitude.isFinite, longitude.isFinite,
           let area = try await boundaries().area(containing: GeoPoint(longitude: longitude, latitude: latitude)) {
            return area.code
        }
        guard let postcode, !postcode.isEmpty else { return nil }
        let key = PostcodeKey.make(postcode)
        return try await database.read { db in
            try await db.raw("SELECT area_code FROM postcode_areas WHERE postcode = \(bind: key)").first()?
                .decode(column: "area_code", as: String.self)
        }
    }

    /// The areas' boundaries, from memory while fresh.
    public func boundaries() async throws -> [AreaBoundary] {
        let now = Date()
        if let cached = cache.withLock({ $0 }), now.timeIntervalSince(cached.loadedAt) < maxAge { return cached.areas }
        let areas = try await SQLAreaStore(database: database).boundaries()
        cache.withLock { $0 = Cache(areas: areas, loadedAt: now) }
        return areas
    }

    /// Forgets the boundaries held in memory, so the next request reads them again (after an import).
    public func refresh() {
        cache.withLock { $0 = nil }
    }
}
