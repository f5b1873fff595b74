import Domain
import Foundation
import SQLKit

/// The early warning's store: daily submissions per service and area from `measure_counts` (by its day index), and
/// the `demand_alerts` table (unique per service, area and day).
public struct SQLDemandAlerts: DemandAlertStore {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func submissions(on days: [CalendarDay]) async throws -> [DemandCount] {
        guard !days.isEmpty else { return [] }
        let numbers = days.map(\.dayNumber)
        return try await database.read { db in
            try await db.raw("""
                SELECT service_slug, area, day, CAST(SUM(count) AS BIGINT) AS total FROM measure_counts
                WHERE day IN (\(binds: numbers)) AND measure = 'submitted' AND area <> ''
                GROUP BY service_slug, area, day
                """).all().map { row in
                DemandCount(serviceSlug: try row.string("service_slug"), area: try row.string("area"), day: try row.int("day"),
                            count: try row.int("total"))
            }
        }
    }

    public func raise(_ alerts: [NewDemandAlert], at: Date) async throws -> [DemandAlert] {
        guard !alerts.isEmpty else { return [] }
        let raisedAt = Clock.millis(at)
        return try await database.write(returning: { db in
            var raised: [DemandAlert] = []
            for alert in alerts {
                // DO NOTHING: an alert already raised for the day (an earlier hour, or another server) stays as it was.
                guard let row = try await db.raw("""
                    INSERT INTO demand_alerts (service_slug, area, day, observed, expected, threshold, raised_at)
                    VALUES (\(bind: alert.serviceSlug), \(bind: alert.area), \(bind: alert.day), \(bind: alert.observed),
                            \(bind: alert.expected), \(bind: Double(alert.threshold)), \(bind: raisedAt))
                    ON CONFLICT (service_slug, area, day) DO NOTHING RETURNING id
                    """).first() else { continue }
                raised.append(DemandAlert(id: try row.int64("id"), serviceSlug: alert.serviceSlug, area: alert.area, day: alert.day,
                                          observed: alert.observed, expected: alert.expected, threshold: alert.threshold, raisedAt: at))
            }
            return raised
        })
    }

    public func alerts(services: Set<String>?, limit: Int) async throws -> [DemandAlert] {
        if let services, services.isEmpty { return [] }
        return try await database.read { db in
            let filter: SQLQueryString = services.map { "WHERE service_slug IN (\(binds: $0.sorted()))" } ?? ""
            return try await db.raw("""
                SELECT id, service_slug, area, day, observed, expected, threshold, raised_at, acknowledged_by, acknowledged_at
                FROM demand_alerts \(filter) ORDER BY day DESC, id DESC LIMIT \(bind: limit)
                """).all().map(Self.alert)
        }
    }

    public func acknowledge(id: Int64, by actor: Actor, at: Date) async throws -> Bool {
        try await database.write(returning: { db in
            try await db.raw("""
                UPDATE demand_alerts SET acknowledged_by = \(bind: actor.recorded), acknowledged_at = \(bind: Clock.millis(at))
                WHERE id = \(bind: id) AND acknowledged_at IS NULL RETURNING id
                """).first() != nil
        })
    }

    public func unacknowledgedCount() async throws -> Int {
        try await database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM demand_alerts WHERE acknowledged_at IS NULL").first()?.int("n") ?? 0
        }
    }

    public func areaNames() async throws -> [String: String] {
        try await database.read { db in
            Dictionary(try await db.raw("SELECT code, name FROM areas").all().map { (try $0.string("code"), try $0.string("name")) },
                       uniquingKeysWith: { first, _ in first })
        }
    }

    private static func alert(_ row: any SQLRow) throws -> DemandAlert {
        DemandAlert(
            id: try row.int64("id"), serviceSlug: try row.string("service_slug"), area: try row.string("area"), day: try row.int("day"),
            observed: try row.int("observed"), expected: try row.decode(column: "expected", as: Double.self),
            threshold: Int(try row.decode(column: "threshold", as: Double.self)), raisedAt: Clock.date(try row.int64("raised_at")),
            acknowledgedBy: try row.optionalString("acknowledged_by"),
            acknowledgedAt: try row.decode(column: "acknowledged_at", as: Int64?.self).map { Clock.date($0) }
        )
    }
}
