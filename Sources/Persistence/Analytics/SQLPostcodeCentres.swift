import Domain
import SQLKit

/// Postcode centres from `postcode_areas`, by its key (`PostcodeKey.make`).
public struct SQLPostcodeCentres: PostcodeCentres {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func centre(postcode: String) async throws -> (latitude: Double, longitude: Double)? {
        let key = PostcodeKey.make(postcode)
        guard !key.isEmpty else { return nil }
        let row = try await database.read { db in
            try await db.raw("SELECT latitude, longitude FROM postcode_areas WHERE postcode = \(bind: key)").first()
        }
        guard let row, let latitude = try row.decode(column: "latitude", as: Double?.self),
              let longitude = try row.decode(column: "longitude", as: Double?.self) else { return nil }
        return (latitude, longitude)
    }
}
