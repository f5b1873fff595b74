import Domain
import Foundation
import SQLKit

/// `notify_messages`: what Notify accepted and what it later reported. Final statuses of a case's messages go on the
/// case's timeline, once each.
public struct SQLDeliveryLog: DeliveryLog {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func recordSent(_ messages: [SentMessage]) async throws {
        guard !messages.isEmpty else { return }
        try await database.write(rows: messages.map { message in
            InsertRow("notify_messages", [
                "notification_id": message.notificationID, "reference": message.reference, "job_id": message.jobID,
                "channel": message.channel, "recipient": message.recipient, "status": DeliveryStatus.created.rawValue,
                "settled": 0, "sent_at": Clock.millis(message.sentAt),
            ])
        })
    }

    public func channelsSent(jobID: Int64) async throws -> Set<String> {
        let rows = try await database.read { db in
            try await db.raw("SELECT channel FROM notify_messages WHERE job_id = \(bind: jobID)").all()
        }
        return Set(try rows.map { try $0.string("channel") })
    }

    public func record(_ receipt: DeliveryReceipt, now: Date) async throws -> Bool {
        let at = Clock.millis(receipt.at)
        let settled = receipt.status.isFinal ? 1 : 0
        return try await database.write(returning: { db in
            // Only a change of status counts: Notify may call back more than once, and a poll may race a callback.
            guard let row = try await db.raw("""
                UPDATE notify_messages SET status = \(bind: receipt.status.rawValue), settled = \(bind: settled),
                    status_at = \(bind: at), checked_at = \(bind: Clock.millis(now))
                WHERE notification_id = \(bind: receipt.notificationID) AND status <> \(bind: receipt.status.rawValue) AND settled = 0
                RETURNING reference, channel, recipient
                """).first() else { return false }
            if receipt.status.isFinal {
                let detail: [String: JSONValue] = [
                    "channel": .string(try row.string("channel")), "to": .string(try row.string("recipient")),
                    "status": .string(receipt.status.rawValue),
                ]
                try await Self.addToTimeline(reference: try row.string("reference"), .notificationDelivery, detail, at: at, db)
            }
            return true
        })
    }

    public func awaitingStatus(sentBefore: Date, sentAfter: Date, checkedBefore: Date, limit: Int) async throws -> [SentMessage] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT notification_id, reference, job_id, channel, recipient, sent_at FROM notify_messages
                WHERE settled = 0 AND sent_at < \(bind: Clock.millis(sentBefore)) AND sent_at > \(bind: Clock.millis(sentAfter))
                  AND (checked_at IS NULL OR checked_at < \(bind: Clock.millis(checkedBefore)))
                ORDER BY sent_at LIMIT \(bind: limit)
                """).all()
        }
        return try rows.map { row in
            SentMessage(notificationID: try row.string("notification_id"), reference: try row.string("reference"),
                        jobID: try row.int64("job_id"), channel: try row.string("channel"), recipient: try row.string("recipient"),
                        sentAt: Clock.date(try row.int64("sent_at")))
        }
    }

    public func markChecked(_ notificationIDs: [String], at: Date) async throws {
        guard !notificationIDs.isEmpty else { return }
        try await database.write { db in
            try await db.raw("""
                UPDATE notify_messages SET checked_at = \(bind: Clock.millis(at)) WHERE notification_id IN (\(binds: notificationIDs))
                """).run()
        }
    }

    public func recordUndeliverable(reference: String, channel: String, recipient: String, reason: String, at: Date) async throws {
        let detail: [String: JSONValue] = ["channel": .string(channel), "to": .string(recipient), "reason": .string(String(reason.prefix(500)))]
        try await database.write { db in
            try await Self.addToTimeline(reference: reference, .notificationUndeliverable, detail, at: Clock.millis(at), db)
        }
    }

    /// Adds an event to the case with this reference, if there is one (account emails have no case).
    static func addToTimeline(reference: String, _ kind: CaseEventKind, _ detail: [String: JSONValue], at: Int64, _ db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO case_events (case_reference, kind, detail, actor, created_at)
            SELECT reference, \(bind: kind.rawValue), \(bind: JSONColumn.text(detail)), NULL, \(bind: at) FROM cases WHERE reference = \(bind: reference)
            """).run()
    }
}
