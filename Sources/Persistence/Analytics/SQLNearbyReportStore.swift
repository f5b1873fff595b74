import Domain
import Foundation
import SQLKit

/// Open located cases near a point, and citizens adding themselves to one. The box filter narrows the service's
/// located cases (`cases_located`) before the exact great-circle distance is worked out here.
public struct SQLNearbyReportStore: NearbyReportStore {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func nearby(_ search: NearbySearch) async throws -> [NearbyReport] {
        let box = GreatCircle.box(latitude: search.latitude, longitude: search.longitude, metres: Double(search.metres))
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT reference, status, latitude, longitude FROM cases
                WHERE service_slug = \(bind: search.serviceSlug) AND latitude IS NOT NULL
                  AND latitude BETWEEN \(bind: box.minLatitude) AND \(bind: box.maxLatitude)
                  AND longitude BETWEEN \(bind: box.minLongitude) AND \(bind: box.maxLongitude)
                """).all()
        }
        var found: [NearbyReport] = []
        for row in rows {
            let status = try row.string("status")
            guard !search.closedStatuses.contains(status),
                  let latitude = try row.decode(column: "latitude", as: Double?.self),
                  let longitude = try row.decode(column: "longitude", as: Double?.self) else { continue }
            let metres = GreatCircle.metres(latitude: search.latitude, longitude: search.longitude, toLatitude: latitude, longitude: longitude)
            guard metres <= Double(search.metres) else { continue }
            found.append(NearbyReport(reference: try row.string("reference"), status: status, metres: Int(metres.rounded())))
        }
        return Array(found.sorted { ($0.metres, $0.reference) < ($1.metres, $1.reference) }.prefix(search.limit))
    }

    public func join(_ joining: JoiningReport) async throws -> Bool {
        let millis = Clock.millis(joining.at)
        return try await database.write(returning: { db in
            guard let row = try await db.raw("SELECT service_slug, area_code FROM cases WHERE reference = \(bind: joining.reference)").first() else {
                return false
            }
            var detail: [String: JSONValue] = [:]
            if let email = joining.email { detail["email"] = .string(email) }
            if let citizenID = joining.citizenID { detail["citizen_id"] = .number(Double(citizenID)) }
            try await InsertRow.insert([SQLCaseRepository.event(
                joining.reference, .interestedParty, detail, actor: joining.citizenID.map { "citizen:\($0)" }, at: millis
            )], db)
            let counter = MeasureKey(
                day: joining.day.dayNumber, service: try row.string("service_slug"), version: joining.version, channel: joining.channel,
                language: joining.language, area: try row.optionalString("area_code") ?? "", measure: .duplicateJoined
            )
            try await SQLMeasureStore.add([counter: 1], db)
            return true
        })
    }
}
