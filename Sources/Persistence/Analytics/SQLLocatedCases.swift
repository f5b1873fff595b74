import Domain
import Foundation
import SQLKit

/// Located cases for the staff map: the newest first, along the `cases_located` index.
public struct SQLLocatedCases: LocatedCaseReading {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func located(_ query: LocatedCaseQuery) async throws -> (cases: [LocatedCase], more: Bool) {
        if let services = query.services, services.isEmpty { return ([], false) }
        var sql = SQLQueryString("""
            SELECT reference, service_slug, status, created_at, area_code, latitude, longitude FROM cases
            WHERE latitude IS NOT NULL AND longitude IS NOT NULL
            """)
        if let services = query.services { sql.appendInterpolation(unsafeRaw: " AND service_slug IN ("); sql.appendInterpolation(binds: Array(services).sorted()); sql.appendInterpolation(unsafeRaw: ")") }
        if let service = query.service { sql.appendInterpolation(unsafeRaw: " AND service_slug = "); sql.appendInterpolation(bind: service) }
        if let status = query.status { sql.appendInterpolation(unsafeRaw: " AND status = "); sql.appendInterpolation(bind: status) }
        if let from = query.from { sql.appendInterpolation(unsafeRaw: " AND created_at >= "); sql.appendInterpolation(bind: Self.startMillis(from)) }
        if let to = query.to { sql.appendInterpolation(unsafeRaw: " AND created_at < "); sql.appendInterpolation(bind: Self.startMillis(CalendarDay(dayNumber: to.dayNumber + 1))) }
        if let area = query.area { sql.appendInterpolation(unsafeRaw: " AND area_code = "); sql.appendInterpolation(bind: area) }
        sql.appendInterpolation(unsafeRaw: " ORDER BY created_at DESC, reference LIMIT ")
        sql.appendInterpolation(bind: query.limit + 1)
        let statement = sql
        let rows = try await database.read { db in try await db.raw(statement).all() }
        var cases: [LocatedCase] = []
        for row in rows.prefix(query.limit) {
            cases.append(LocatedCase(
                reference: try row.string("reference"), service: try row.string("service_slug"), status: try row.string("status"),
                createdAt: Date(timeIntervalSince1970: Double(try row.int64("created_at")) / 1000),
                area: try row.optionalString("area_code"),
                point: GeoPoint(longitude: try row.decode(column: "longitude", as: Double.self), latitude: try row.decode(column: "latitude", as: Double.self))
            ))
        }
        return (cases, rows.count > query.limit)
    }

    /// Midnight at the start of `day` in the council's time zone, in epoch milliseconds.
    static func startMillis(_ day: CalendarDay) -> Int64 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CouncilClock.councilTimeZone
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
