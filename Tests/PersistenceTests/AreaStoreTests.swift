import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// `areas` and `postcode_areas` as `onecouncil areas import` fills them, and the locator reading them: a point in a
/// boundary first, then the postcode.
@Suite struct AreaStoreTests {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/areas")
    }

    static func wards() throws -> [AreaBoundary] {
        try BoundaryFile(file: "wards").read(Array(try Data(contentsOf: fixtures.appendingPathComponent("glenmorrow-wards.geojson"))))
    }

    static func postcodes() throws -> [PostcodeArea] {
        try PostcodeFile(file: "postcodes").read(try String(contentsOf: fixtures.appendingPathComponent("glenmorrow-postcodes.csv"), encoding: .utf8))
    }

    @Test(arguments: TestDatabase.engines)
    func anImportReplacesTheTablesAndTheLocatorUsesThem(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let store = SQLAreaStore(database: database)
            try await store.replaceAreas([AreaBoundary(code: "OLD", name: "Old ward", polygons: [])])
            try await store.replaceAreas(try Self.wards())
            try await store.replacePostcodes(try Self.postcodes())
            #expect(try await store.boundaries() == (try Self.wards()).sorted { $0.name < $1.name })
            #expect(try await store.postcodeCount() == 7)

            let locator = SQLAreaLocator(database: database)
            #expect(try await locator.area(postcode: nil, latitude: 55.915, longitude: -4.275) == "GM04")
            #expect(try await locator.area(postcode: "GM1 1AA", latitude: 55.95, longitude: -4.25) == "GM03", "the point wins")
            #expect(try await locator.area(postcode: "gm12aa", latitude: nil, longitude: nil) == "GM02")
            #expect(try await locator.area(postcode: "GM1 2AA", latitude: 10, longitude: 10) == "GM02", "outside every ward: the postcode")
            #expect(try await locator.area(postcode: "ZZ1 1ZZ", latitude: nil, longitude: nil) == nil)

            try await store.replaceAreas([])
            #expect(try await locator.area(postcode: nil, latitude: 55.915, longitude: -4.275) == "GM04", "held in memory for a minute")
            locator.refresh()
            #expect(try await locator.area(postcode: nil, latitude: 55.915, longitude: -4.275) == nil)
        }
    }
}
