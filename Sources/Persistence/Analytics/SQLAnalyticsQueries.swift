import Domain
import Foundation
import SQLKit

/// The dashboards' reads. Every sum over `measure_counts` is a range of days within each service chosen (the primary
/// key, service first then day) or, across every service, the `measure_counts_day (day, measure)` index; the backlog
/// reads `cases_service_status (service_slug, status, created_at)` for each service's open statuses only, so closed
/// cases are never visited. See docs/analytics.md, "Dashboards".
public struct SQLAnalyticsQueries: AnalyticsQueries {
    private let database: Database

    public init(database: Database) { self.database = database }

    static func column(_ dimension: MeasureDimension) -> String {
        dimension == .service ? "service_slug" : dimension.rawValue
    }

    public func counts(_ selection: MeasureSelection, by dimensions: Set<MeasureDimension>) async throws -> [MeasureCount] {
        if selection.measures.isEmpty || selection.services?.isEmpty == true || selection.versions?.isEmpty == true
            || selection.channels?.isEmpty == true || selection.details?.isEmpty == true { return [] }
        let grouped = MeasureDimension.allCases.filter { dimensions.contains($0) || $0 == .measure }
        let columns = grouped.map(Self.column).joined(separator: ", ")
        let rows = try await database.read { db in
            var query: SQLQueryString = """
                SELECT \(unsafeRaw: columns), CAST(SUM(count) AS BIGINT) AS n FROM measure_counts
                WHERE day >= \(bind: selection.days.lowerBound) AND day <= \(bind: selection.days.upperBound)
                AND measure IN (\(binds: selection.measures))
                """
            if let services = selection.services { query = "\(query) AND service_slug IN (\(binds: services.sorted()))" }
            if let versions = selection.versions { query = "\(query) AND version IN (\(binds: versions.sorted()))" }
            if let channels = selection.channels { query = "\(query) AND channel IN (\(binds: channels.sorted()))" }
            if let area = selection.area { query = "\(query) AND area = \(bind: area)" }
            if let details = selection.details { query = "\(query) AND detail IN (\(binds: details.sorted()))" }
            return try await db.raw("\(query) GROUP BY \(unsafeRaw: columns)").all()
        }
        return try rows.map { row in
            var count = MeasureCount(measure: try row.string("measure"), count: try row.int("n"))
            if dimensions.contains(.service) { count.service = try row.string("service_slug") }
            if dimensions.contains(.day) { count.day = try row.int("day") }
            if dimensions.contains(.detail) { count.detail = try row.string("detail") }
            if dimensions.contains(.version) { count.version = try row.int("version") }
            if dimensions.contains(.channel) { count.channel = try row.string("channel") }
            if dimensions.contains(.area) { count.area = try row.string("area") }
            return count
        }
    }

    public func comments(services: [String]?, days: ClosedRange<Int>, limit: Int) async throws -> [FeedbackComment] {
        if services?.isEmpty == true { return [] }
        let rows = try await database.read { db in
            var query: SQLQueryString = """
                SELECT service_slug, day, rating, comment FROM feedback
                WHERE day >= \(bind: days.lowerBound) AND day <= \(bind: days.upperBound) AND comment IS NOT NULL AND comment <> ''
                """
            if let services { query = "\(query) AND service_slug IN (\(binds: services.sorted()))" }
            return try await db.raw("\(query) ORDER BY day DESC, id DESC LIMIT \(bind: limit)").all()
        }
        return try rows.map { row in
            FeedbackComment(day: CalendarDay(dayNumber: try row.int("day")), service: try row.string("service_slug"),
                            rating: try row.int("rating"), comment: try row.string("comment"))
        }
    }

    public func channelCosts() async throws -> [ChannelCost] {
        let rows = try await database.read { db in
            try await db.raw("SELECT service_slug, channel, pence FROM channel_costs ORDER BY service_slug, channel").all()
        }
        return try rows.compactMap { row in
            guard let channel = Channel(rawValue: try row.string("channel")) else { return nil }
            return ChannelCost(service: try row.string("service_slug"), channel: channel, pence: try row.int("pence"))
        }
    }

    public func setChannelCost(service: String, channel: Channel, pence: Int?, by actor: Actor, at time: Date) async throws {
        try await database.write { db in
            if let pence {
                try await db.raw("""
                    INSERT INTO channel_costs (service_slug, channel, pence, updated_by, updated_at)
                    VALUES (\(bind: service), \(bind: channel.rawValue), \(bind: pence), \(bind: actor.recorded), \(bind: Clock.millis(time)))
                    ON CONFLICT (service_slug, channel) DO UPDATE SET pence = excluded.pence, updated_by = excluded.updated_by,
                        updated_at = excluded.updated_at
                    """).run()
            } else {
                try await db.raw("DELETE FROM channel_costs WHERE service_slug = \(bind: service) AND channel = \(bind: channel.rawValue)").run()
            }
        }
    }

    public func backlog(openStatuses: [String: [String]], area: String?, byArea: Bool, bandStarts: [Int64]) async throws -> [BacklogCount] {
        let starts = bandStarts.sorted(by: >)
        // Band 0 from the newest start on; band i between start i and start i-1; the last band before the oldest start.
        var sums: [String] = []
        for (index, start) in starts.enumerated() {
            let upper = index == 0 ? "" : " AND created_at < \(starts[index - 1])"
            sums.append("CAST(SUM(CASE WHEN created_at >= \(start)\(upper) THEN 1 ELSE 0 END) AS BIGINT) AS b\(index)")
        }
        sums.append("CAST(SUM(CASE WHEN created_at < \(starts.last ?? Int64.max) THEN 1 ELSE 0 END) AS BIGINT) AS b\(starts.count)")
        let bandColumns = sums.joined(separator: ", ")
        let services = openStatuses.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        let bandCount = starts.count + 1
        return try await database.read { db in
            var counts: [BacklogCount] = []
            // One query per service: each is a range of the (service_slug, status, created_at) index.
            for (service, statuses) in services {
                var query: SQLQueryString = """
                    SELECT \(unsafeRaw: byArea ? "COALESCE(area_code, '') AS area, " : "")\(unsafeRaw: bandColumns), COUNT(*) AS total
                    FROM cases WHERE service_slug = \(bind: service) AND status IN (\(binds: statuses.sorted()))
                    """
                if let area { query = "\(query) AND area_code = \(bind: area)" }
                if byArea { query = "\(query) GROUP BY COALESCE(area_code, '')" }
                for row in try await db.raw(query).all() where try row.int("total") > 0 {
                    let bands = try (0..<bandCount).map { try row.decode(column: "b\($0)", as: Int?.self) ?? 0 }
                    counts.append(BacklogCount(service: service, area: byArea ? try row.string("area") : "", bands: bands))
                }
            }
            return counts
        }
    }

    public func areas() async throws -> [AnalyticsArea] {
        let rows = try await database.read { db in try await db.raw("SELECT code, name FROM areas ORDER BY name, code").all() }
        return try rows.map { AnalyticsArea(code: try $0.string("code"), name: try $0.string("name")) }
    }
}
