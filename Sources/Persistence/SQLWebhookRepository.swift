import Domain
import Foundation
import SQLKit

public struct SQLWebhookRepository: WebhookRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func create(url: String, serviceSlug: String?, events: Set<String>, secret: String) async throws -> WebhookSubscription {
        let list = events.sorted().joined(separator: ",")
        let id: Int64? = try await database.write(returning: { db in
            try await db.raw("""
                INSERT INTO webhook_subscriptions (url, service_slug, events, secret, created_at)
                VALUES (\(bind: url), \(bind: serviceSlug), \(bind: list), \(bind: secret), \(bind: Clock.millis())) RETURNING id
                """).first()?.int64("id")
        })
        guard let id else { throw DatabaseError.missingResult }
        return WebhookSubscription(id: id, url: url, serviceSlug: serviceSlug, events: events, secret: secret, active: true)
    }

    public func subscription(id: Int64) async throws -> WebhookSubscription? {
        try await subscriptions("WHERE id = \(bind: id)").first
    }

    public func all() async throws -> [WebhookSubscription] { try await subscriptions("ORDER BY id") }

    private func subscriptions(_ clause: SQLQueryString) async throws -> [WebhookSubscription] {
        let rows = try await database.read { db in
            try await db.raw("SELECT id, url, service_slug, events, secret, active FROM webhook_subscriptions \(clause)").all()
        }
        return try rows.map { row in
            WebhookSubscription(
                id: try row.int64("id"), url: try row.string("url"), serviceSlug: try row.optionalString("service_slug"),
                events: Set(try row.string("events").split(separator: ",").map(String.init)), secret: try row.string("secret"),
                active: try row.int("active") != 0
            )
        }
    }

    public func setActive(id: Int64, active: Bool) async throws {
        try await database.write { db in
            try await db.raw("UPDATE webhook_subscriptions SET active = \(bind: active ? 1 : 0) WHERE id = \(bind: id)").run()
        }
    }

    public func fanOut(event: String, service: String?, reference: String, body: String, key: String) async throws -> Int {
        let wanting = try await all().filter { $0.wants(event: event, service: service) }
        guard !wanting.isEmpty else { return 0 }
        let now = Clock.millis()
        // One job per subscription, keyed so that a retried fan-out adds nothing twice.
        return try await database.write(returning: { db in
            var inserted = 0
            for subscription in wanting {
                let key = "\(key):webhook:\(subscription.id)"
                if try await db.raw("SELECT id FROM outbox WHERE idempotency_key = \(bind: key)").first() != nil { continue }
                try await InsertRow.insert([InsertRow("outbox", [
                    "topic": "webhook", "reference": reference,
                    "payload": JSONColumn.text(["subscription": .number(Double(subscription.id)), "event": .string(event), "body": .string(body)]),
                    "idempotency_key": key, "status": "pending", "attempts": 0, "available_at": now, "created_at": now,
                ])], db)
                inserted += 1
            }
            return inserted
        })
    }

    public func record(_ delivery: WebhookDelivery, subscriptionID: Int64) async throws {
        try await database.write(rows: [InsertRow("webhook_deliveries", [
            "subscription_id": subscriptionID, "event": delivery.event, "reference": delivery.reference, "status_code": delivery.statusCode,
            "error": delivery.error, "milliseconds": delivery.milliseconds, "at": Clock.millis(delivery.at),
        ])])
    }

    public func deliveries(subscriptionID: Int64, limit: Int) async throws -> [WebhookDelivery] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT event, reference, status_code, error, milliseconds, at FROM webhook_deliveries
                WHERE subscription_id = \(bind: subscriptionID) ORDER BY id DESC LIMIT \(bind: limit)
                """).all()
        }
        return try rows.map { row in
            WebhookDelivery(event: try row.string("event"), reference: try row.string("reference"),
                            statusCode: try row.decode(column: "status_code", as: Int?.self), error: try row.optionalString("error"),
                            at: Clock.date(try row.int64("at")), milliseconds: try row.int("milliseconds"))
        }
    }
}
