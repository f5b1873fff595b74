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

    /// A caller's requests: by exact reference, by the email address given, or by postcode (full or district).
    public func find(_ text: String, services: Set<String>?, limit: Int) async throws -> [CaseSummary] {
        if let services, services.isEmpty { return [] }
        let compact = text.uppercased().filter { !$0.isWhitespace }
        let email = text.lowercased()
        let district = CaseIndex.district(compact) ?? compact
        let rows = try await database.read { db in
            var query: SQLQueryString = """
                SELECT c.reference, c.service_slug, c.status, c.created_at FROM cases c JOIN submissions s ON s.reference = c.reference
                WHERE (c.reference = \(bind: compact) OR LOWER(s.contact_email) = \(bind: email) OR c.applicant_email = \(bind: email)
                       OR c.postcode_district = \(bind: district))
                """
            if let services { query = "\(query) AND c.service_slug IN (\(binds: services.sorted()))" }
            return try await db.raw("\(query) ORDER BY c.created_at DESC LIMIT \(bind: limit)").all()
        }
        return try rows.map { row in
            CaseSummary(reference: try row.string("reference"), serviceSlug: try row.string("service_slug"),
                        status: try row.string("status"), createdAt: Clock.date(try row.int64("created_at")))
        }
    }
}
