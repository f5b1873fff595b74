import Domain
import SQLKit

/// Areas by postcode, from the `postcode_areas` table `onecouncil areas import` fills.
public struct SQLAreaLocator: AreaLocating {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func area(postcode: String?, latitude: Double?, longitude: Double?) async throws -> String? {
        guard let postcode, !postcode.isEmpty else { return nil }
        let key = PostcodeKey.make(postcode)
        return try await database.read { db in
            try await db.raw("SELECT area_code FROM postcode_areas WHERE postcode = \(bind: key)").first()?
                .decode(column: "area_code", as: String.self)
        }
    }
}
