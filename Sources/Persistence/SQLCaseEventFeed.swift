import Domain
import Foundation
import SQLKit

/// Reads `case_events` by id (its primary key, so the feed is a range scan) joined to the case for its service.
public struct SQLCaseEventFeed: CaseEventFeed {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func events(after: Int64, services: Set<String>?, limit: Int) async throws -> [CaseFeedEvent] {
        if let services, services.isEmpty { return [] }
        let rows = try await database.read { db in
            var query: SQLQueryString = """
                SELECT e.id, e.case_reference, c.service_slug, e.kind, e.detail, e.actor, e.created_at
                FROM case_events e JOIN cases c ON c.reference = e.case_reference
                WHERE e.id > \(bind: after) AND e.kind <> 'viewed'
                """
            if let services { query = "\(query) AND c.service_slug IN (\(binds: services.sorted()))" }
            query = "\(query) ORDER BY e.id LIMIT \(bind: limit)"
            return try await db.raw(query).all()
        }
        return try rows.map(Self.event)
    }

    public func events(reference: String) async throws -> [CaseFeedEvent] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT e.id, e.case_reference, c.service_slug, e.kind, e.detail, e.actor, e.created_at
                FROM case_events e JOIN cases c ON c.reference = e.case_reference
                WHERE e.case_reference = \(bind: reference) AND e.kind <> 'viewed' ORDER BY e.id
                """).all()
        }
        return try rows.map(Self.event)
    }

    private static func event(_ row: any SQLRow) throws -> CaseFeedEvent {
        CaseFeedEvent(
            id: try row.int64("id"), reference: try row.string("case_reference"), serviceSlug: try row.string("service_slug"),
            kindName: try row.string("kind"), detail: (try? JSONColumn.object(try row.string("detail"))) ?? [:],
            actor: try row.optionalString("actor"), at: Clock.date(try row.int64("created_at"))
        )
    }
}
