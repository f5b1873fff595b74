import Domain
import Foundation
import SQLKit

/// Queues platform emails in the same outbox as submission notifications, for the notification worker to send.
public struct SQLEmailOutbox: EmailOutbox {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func enqueue(_ email: OutgoingEmail) async throws {
        let now = Clock.millis()
        let payload = JSONColumn.text([
            "to": .string(email.to), "subject": .string(email.subject), "body": .string(email.body), "template": .string(email.template),
        ])
        let key = "email:\(Token.random())"
        try await database.write(rows: [InsertRow("outbox", [
            "topic": "email", "reference": email.template, "payload": payload, "idempotency_key": key,
            "status": "pending", "attempts": 0, "available_at": now, "created_at": now,
        ])])
    }

    public func enqueuePasswordReset(email: String, ipAddress: String?) async throws {
        let now = Clock.millis()
        var payload: [String: JSONValue] = ["email": .string(email)]
        if let ipAddress { payload["ip"] = .string(ipAddress) }
        try await database.write(rows: [InsertRow("outbox", [
            "topic": "password-reset", "reference": "reset-password", "payload": JSONColumn.text(payload),
            "idempotency_key": "password-reset:\(Token.random())", "status": "pending", "attempts": 0, "available_at": now, "created_at": now,
        ])])
    }

    /// The emails queued for `address`, newest first: how an operator without a notification service, or a test,
    /// reads a confirmation link.
    public func queued(to address: String, limit: Int = 10) async throws -> [OutgoingEmail] {
        let rows = try await database.read { db in
            try await db.raw("SELECT payload FROM outbox WHERE topic = 'email' ORDER BY id DESC LIMIT 500").all()
        }
        var emails: [OutgoingEmail] = []
        for row in rows {
            let object = try JSONColumn.object(try row.string("payload"))
            guard object["to"]?.stringValue == address else { continue }
            emails.append(OutgoingEmail(
                to: address, subject: object["subject"]?.stringValue ?? "", body: object["body"]?.stringValue ?? "",
                template: object["template"]?.stringValue ?? ""
            ))
            if emails.count == limit { break }
        }
        return emails
    }
}
