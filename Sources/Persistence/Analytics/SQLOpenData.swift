import Domain
import SQLKit

/// Open data and the performance pages read the counters here, added up over versions and languages.
public struct SQLOpenData: OpenDataReading {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func measureTotals(measures: [String], fromDay: Int, toDay: Int) async throws -> [MeasureTotal] {
        try await database.read { db in
            try await db.raw("""
                SELECT service_slug, day, measure, detail, channel, area, CAST(SUM(count) AS BIGINT) AS total FROM measure_counts
                WHERE day >= \(bind: fromDay) AND day <= \(bind: toDay) AND measure IN (\(binds: measures))
                GROUP BY service_slug, day, measure, detail, channel, area
                """).all().map { row in
                MeasureTotal(service: try row.string("service_slug"), day: try row.int("day"), measure: try row.string("measure"),
                             detail: try row.string("detail"), channel: try row.string("channel"), area: try row.string("area"),
                             count: try row.int("total"))
            }
        }
    }

    public func areaNames() async throws -> [(code: String, name: String)] {
        try await database.read { db in
            try await db.raw("SELECT code, name FROM areas ORDER BY name, code").all().map { (try $0.string("code"), try $0.string("name")) }
        }
    }

    public func channelCosts() async throws -> [String: [String: Int]] {
        try await database.read { db in
            var costs: [String: [String: Int]] = [:]
            for row in try await db.raw("SELECT service_slug, channel, pence FROM channel_costs").all() {
                costs[try row.string("service_slug"), default: [:]][try row.string("channel")] = try row.int("pence")
            }
            return costs
        }
    }
}
