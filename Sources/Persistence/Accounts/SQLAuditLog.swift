import Domain
import Foundation
import SQLKit

public struct SQLAuditLog: AuditLog {
    private let database: Database

    public init(database: Database) { self.database = database }

    /// Through the group-commit writer: entries from calls arriving together share one transaction.
    public func record(_ entry: AuditEntry) async throws {
        try await database.write(rows: [Self.row(entry)])
    }

    /// The entry as a row, for a write that records it in its own transaction.
    static func row(_ entry: AuditEntry) -> InsertRow {
        InsertRow("audit_log", [
            "at": Clock.millis(entry.at), "actor": entry.actor, "action": entry.action.rawValue, "subject": entry.subject,
            "detail": entry.detail, "ip_address": entry.ipAddress,
        ])
    }

    public func recent(limit: Int, actorOrSubject: String?) async throws -> [AuditEntry] {
        let rows = try await database.read { db in
            if let who = actorOrSubject {
                return try await db.raw("""
                    SELECT at, actor, action, subject, detail, ip_address FROM audit_log
                    WHERE actor = \(bind: who) OR subject = \(bind: who) ORDER BY id DESC LIMIT \(bind: limit)
                    """).all()
            }
            return try await db.raw("SELECT at, actor, action, subject, detail, ip_address FROM audit_log ORDER BY id DESC LIMIT \(bind: limit)").all()
        }
        return try rows.map(Self.entry)
    }

    public func page(_ query: AuditQuery) async throws -> AuditPage {
        if let people = query.people, people.isEmpty { return AuditPage(entries: [], hasNewer: false, hasOlder: false) }
        let size = max(1, query.pageSize)
        let rows = try await database.read { db in
            var sql: SQLQueryString = "SELECT id, at, actor, action, subject, detail, ip_address FROM audit_log WHERE 1 = 1"
            if let people = query.people {
                let sorted = people.sorted()
                sql = "\(sql) AND (actor IN (\(binds: sorted)) OR subject IN (\(binds: sorted)))"
            }
            if let action = query.action { sql = "\(sql) AND action = \(bind: action.rawValue)" }
            if let from = query.from { sql = "\(sql) AND at >= \(bind: Clock.millis(from))" }
            if let until = query.until { sql = "\(sql) AND at < \(bind: Clock.millis(until))" }
            switch query.cursor {
            case .newest: sql = "\(sql) ORDER BY id DESC"
            case .olderThan(let id): sql = "\(sql) AND id < \(bind: id) ORDER BY id DESC"
            // The page just newer than an entry is read upwards from it, then turned to run newest first.
            case .newerThan(let id): sql = "\(sql) AND id > \(bind: id) ORDER BY id ASC"
            }
            // One row more than the page shows, to know whether another page follows.
            return try await db.raw("\(sql) LIMIT \(bind: size + 1)").all()
        }
        let more = rows.count > size
        var entries = try rows.prefix(size).map { row in StoredAuditEntry(id: try row.int64("id"), entry: try Self.entry(row)) }
        switch query.cursor {
        case .newest: return AuditPage(entries: entries, hasNewer: false, hasOlder: more)
        case .olderThan: return AuditPage(entries: entries, hasNewer: true, hasOlder: more)
        case .newerThan:
            entries.reverse()
            return AuditPage(entries: entries, hasNewer: more, hasOlder: true)
        }
    }

    private static func entry(_ row: any SQLRow) throws -> AuditEntry {
        AuditEntry(
            at: Clock.date(try row.int64("at")), recordedActor: try row.string("actor"),
            action: AuditAction(rawValue: try row.string("action")), subject: try row.optionalString("subject"),
            detail: try row.string("detail"), ipAddress: try row.optionalString("ip_address")
        )
    }
}
