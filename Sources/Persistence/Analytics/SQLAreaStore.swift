import Domain
import SQLKit

/// The `areas` and `postcode_areas` tables. An import replaces a whole table in one transaction, so a server never
/// sees half of a new file.
public struct SQLAreaStore: AreaStore {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func replaceAreas(_ areas: [AreaBoundary]) async throws {
        let rows = areas.map { area in
            InsertRow("areas", ["code": area.code, "name": area.name, "kind": area.kind, "boundary": area.geometryJSON,
                                "min_longitude": area.box.minLongitude, "min_latitude": area.box.minLatitude,
                                "max_longitude": area.box.maxLongitude, "max_latitude": area.box.maxLatitude])
        }
        try await database.write { db in
            try await db.raw("DELETE FROM areas").run()
            try await InsertRow.insert(rows, db)
        }
    }

    public func replacePostcodes(_ postcodes: [PostcodeArea]) async throws {
        let rows = postcodes.map { postcode in
            InsertRow("postcode_areas", ["postcode": postcode.postcode, "area_code": postcode.areaCode,
                                         "latitude": postcode.point?.latitude, "longitude": postcode.point?.longitude])
        }
        try await database.write { db in
            try await db.raw("DELETE FROM postcode_areas").run()
            try await InsertRow.insert(rows, db)
        }
    }

    public func boundaries() async throws -> [AreaBoundary] {
        try await database.read { db in
            try await db.raw("SELECT code, name, kind, boundary FROM areas ORDER BY name, code").all().compactMap { row in
                AreaBoundary(code: try row.string("code"), name: try row.string("name"), kind: try row.string("kind"),
                             geometryJSON: try row.optionalString("boundary") ?? "")
            }
        }
    }

    /// How many postcodes are loaded (for the import's summary).
    public func postcodeCount() async throws -> Int {
        try await database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM postcode_areas").first()?.int("n") ?? 0
        }
    }
}
