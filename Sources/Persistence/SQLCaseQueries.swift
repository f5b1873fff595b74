import Domain
import Foundation
import SQLKit

public struct SQLCaseQueries: CaseQueries {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func cases(services: Set<String>?, statuses: [String]?, limit: Int) async throws -> [CaseSummary] {
        if let services, services.isEmpty { return [] }
        let rows = try await database.read { db in
            var query: SQLQueryString = "SELECT reference, service_slug, status, created_at FROM cases WHERE 1 = 1"
            if let services { query = "\(query) AND service_slug IN (\(binds: services.sorted()))" }
            if let statuses { query = "\(query) AND status IN (\(binds: statuses))" }
            return try await db.raw("\(query) ORDER BY created_at DESC LIMIT \(bind: limit)").all()
        }
        return try rows.map { row in
            CaseSummary(reference: try row.string("reference"), serviceSlug: try row.string("service_slug"),
                        status: try row.string("status"), createdAt: Clock.date(try row.int64("created_at")))
        }
    }

    public func countsByServiceAndStatus() async throws -> [(slug: String, status: String, count: Int)] {
        let rows = try await database.read { db in
            try await db.raw("SELECT service_slug, status, COUNT(*) AS n FROM cases GROUP BY service_slug, status ORDER BY service_slug, status").all()
        }
        return try rows.map { (try $0.string("service_slug"), try $0.string("status"), try $0.int("n")) }
    }

    public func submissionsByChannel() async throws -> [(channel: String, count: Int)] {
        let rows = try await database.read { db in
            try await db.raw("SELECT channel, COUNT(*) AS n FROM submissions GROUP BY channel ORDER BY channel").all()
        }
        return try rows.map { (try $0.string("channel"), try $0.int("n")) }
    }
}
