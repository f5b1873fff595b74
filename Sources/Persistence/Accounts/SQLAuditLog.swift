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
        return try rows.map { row in
            AuditEntry(
                at: Clock.date(try row.int64("at")), recordedActor: try row.string("actor"),
                action: AuditAction(rawValue: try row.string("action")), subject: try row.optionalString("subject"), detail: try row.string("detail"), ipAddress: try row.optionalString("ip_address")
            )
        }
    }
}
