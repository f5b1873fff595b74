import Domain
import Foundation
import SQLKit

public struct SQLCaseRepository: CaseRepository {
    private let database: Database

    public init(database: Database) { self.database = database }

    public func record(reference: String) async throws -> CaseRecord? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT c.reference, c.service_slug, s.service_version, c.status, c.status_since, c.created_at, c.channel,
                       c.assignee_id, c.due_day, c.target_met_at, c.state_due_day, c.applicant_name, c.applicant_email, c.postcode_district,
                       s.citizen_id, s.language, s.contact_phone
                FROM cases c JOIN submissions s ON s.reference = c.reference WHERE c.reference = \(bind: reference)
                """).first()
        }
        guard let row else { return nil }
        var record = CaseRecord(
            reference: try row.string("reference"), serviceSlug: try row.string("service_slug"), serviceVersion: try row.int("service_version"),
            status: try row.string("status"), statusSince: Clock.date(try row.int64("status_since")),
            createdAt: Clock.date(try row.int64("created_at")), channel: try row.string("channel"),
            assigneeID: try row.decode(column: "assignee_id", as: Int64?.self), dueDay: try row.decode(column: "due_day", as: Int?.self),
            targetMetAt: try row.decode(column: "target_met_at", as: Int64?.self).map(Clock.date),
            applicantName: try row.optionalString("applicant_name"), applicantEmail: try row.optionalString("applicant_email"),
            postcodeDistrict: try row.optionalString("postcode_district"),
            citizenID: try row.decode(column: "citizen_id", as: Int64?.self),
            language: Language(rawValue: try row.string("language")) ?? .en
        )
        record.stateDueDay = try row.decode(column: "state_due_day", as: Int?.self)
        record.applicantPhone = try row.optionalString("contact_phone")
        return record
    }

    public func timeline(reference: String) async throws -> [CaseTimelineEntry] {
        let rows = try await database.read { db in
            try await db.raw("SELECT kind, detail, actor, created_at FROM case_events WHERE case_reference = \(bind: reference) ORDER BY id").all()
        }
        return try rows.map { row in
            CaseTimelineEntry(
                kind: CaseEventKind(rawValue: try row.string("kind")) ?? .other,
                detail: (try? JSONColumn.object(try row.string("detail"))) ?? [:],
                actor: try row.optionalString("actor"), at: Clock.date(try row.int64("created_at"))
            )
        }
    }

    public func apply(_ change: CaseChange, to reference: String, actor: Actor, at: Date) async throws -> Bool {
        let actor = actor.recorded
        let millis = Clock.millis(at)
        return try await database.write(returning: { db in
            switch change {
            case .status(let from, let to, let reason, let meetsTarget, let notify, let stateDueDay):
                guard try await Self.move(reference, from: from, to: to, meetsTarget: meetsTarget, stateDueDay: stateDueDay, at: millis, db) else { return false }
                var detail: [String: JSONValue] = ["status": .string(to), "from": .string(from)]
                if let reason { detail["reason"] = .string(reason.text) }
                try await Self.insert(Self.event(reference, .statusChanged, detail, actor: actor, at: millis), db)
                try await Self.announce(reference, status: to, from: from, at: millis, db)
                if let notify { try await Self.queue(notify, reference: reference, key: "status:\(to)", actor: actor, at: millis, db) }
            case .assign(let staffID, let name):
                try await db.raw("UPDATE cases SET assignee_id = \(bind: staffID), updated_at = \(bind: millis) WHERE reference = \(bind: reference)").run()
                var detail: [String: JSONValue] = [:]
                if let staffID { detail["staff_id"] = .number(Double(staffID)) }
                if let name { detail["name"] = .string(name) }
                try await Self.insert(Self.event(reference, .assigned, detail, actor: actor, at: millis), db)
            case .note(let text):
                try await Self.insert(Self.event(reference, .note, ["text": .string(text)], actor: actor, at: millis), db)
            case .message(let text, let notify):
                try await Self.insert(Self.event(reference, .message, ["text": .string(text)], actor: actor, at: millis), db)
                try await Self.queue(notify, reference: reference, key: "message", actor: actor, at: millis, db)
            case .requestInformation(let question, let from, let to, let notify):
                guard try await Self.move(reference, from: from, to: to, meetsTarget: false, at: millis, db) else { return false }
                try await Self.insert(Self.event(reference, .statusChanged, ["status": .string(to), "from": .string(from)], actor: actor, at: millis), db)
                try await Self.insert(Self.event(reference, .informationRequested, ["question": .string(question)], actor: actor, at: millis), db)
                try await Self.announce(reference, status: to, from: from, at: millis, db)
                try await Self.queue(notify, reference: reference, key: "information", actor: actor, at: millis, db)
            case .supplyInformation(let answer, let backTo):
                try await Self.insert(Self.event(reference, .informationSupplied, ["answer": .string(answer)], actor: actor, at: millis), db)
                if let backTo {
                    let current = try await db.raw("SELECT status FROM cases WHERE reference = \(bind: reference)").first()?.string("status") ?? ""
                    if try await Self.move(reference, from: current, to: backTo, meetsTarget: false, at: millis, db) {
                        try await Self.insert(Self.event(reference, .statusChanged, ["status": .string(backTo), "from": .string(current)], actor: actor, at: millis), db)
                        try await Self.announce(reference, status: backTo, from: current, at: millis, db)
                    }
                }
            }
            try await db.raw("UPDATE cases SET updated_at = \(bind: millis) WHERE reference = \(bind: reference)").run()
            return true
        })
    }

    /// Moves the case to `to` only if it is still in `from`; records when the target was first met, and counts that
    /// decision (`decided`, `in_target` or `late`) in the same transaction, so the counts are exact.
    static func move(_ reference: String, from: String, to: String, meetsTarget: Bool, stateDueDay: Int? = nil, at: Int64, _ db: any SQLDatabase) async throws -> Bool {
        let met: Int64? = meetsTarget ? at : nil
        let moved = try await db.raw("""
            UPDATE cases SET status = \(bind: to), status_since = \(bind: at), updated_at = \(bind: at), state_due_day = \(bind: stateDueDay),
                target_met_at = COALESCE(target_met_at, \(bind: met))
            WHERE reference = \(bind: reference) AND status = \(bind: from)
            RETURNING target_met_at, service_slug, channel, area_code, created_at, due_day
            """).first()
        guard let moved else { return false }
        // Set by this move (not kept from an earlier one): the case's first decision.
        if let met, try moved.decode(column: "target_met_at", as: Int64?.self) == met {
            try await countDecision(reference, moved, at: met, db)
        }
        return true
    }

    private static func countDecision(_ reference: String, _ moved: any SQLRow, at: Int64, _ db: any SQLDatabase) async throws {
        let submission = try await db.raw("""
            SELECT service_version, language FROM submissions WHERE reference = \(bind: reference)
            """).first()
        let keys = DecisionMeasures.keys(
            received: CalendarDay.councilDay(of: Clock.date(try moved.int64("created_at"))).dayNumber,
            decided: CalendarDay.councilDay(of: Clock.date(at)).dayNumber,
            dueDay: try moved.decode(column: "due_day", as: Int?.self),
            service: try moved.string("service_slug"), version: try submission?.int("service_version") ?? 0,
            channel: Channel(rawValue: try moved.string("channel")) ?? .online,
            language: Language(rawValue: try submission?.string("language") ?? "") ?? .en,
            area: try moved.optionalString("area_code") ?? ""
        )
        try await SQLMeasureStore.add(Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) }), db)
    }

    /// Queues `case.status_changed` for subscribed systems, in the change's transaction.
    private static func announce(_ reference: String, status: String, from: String, at: Int64, _ db: any SQLDatabase) async throws {
        let service = try await db.raw("SELECT service_slug FROM cases WHERE reference = \(bind: reference)").first()?.string("service_slug") ?? ""
        let payload: [String: JSONValue] = [
            "event": .string("case.status_changed"), "service": .string(service), "reference": .string(reference),
            "status": .string(status), "from": .string(from),
        ]
        try await InsertRow.insert([InsertRow("outbox", [
            "topic": "event", "reference": reference, "payload": JSONColumn.text(payload),
            "idempotency_key": "case.status_changed:\(reference):\(status):\(at):\(Token.random())", "status": "pending", "attempts": 0,
            "available_at": at, "created_at": at,
        ])], db)
    }

    static func event(_ reference: String, _ kind: CaseEventKind, _ detail: [String: JSONValue], actor: String?, at: Int64) -> InsertRow {
        InsertRow("case_events", [
            "case_reference": reference, "kind": kind.rawValue, "detail": JSONColumn.text(detail), "actor": actor, "created_at": at,
        ])
    }

    private static func insert(_ row: InsertRow, _ db: any SQLDatabase) async throws {
        try await InsertRow.insert([row], db)
    }

    /// Queues the citizen's notification and notes it on the timeline, in the change's transaction.
    static func queue(_ notification: CaseNotification, reference: String, key: String, actor: String, at: Int64, _ db: any SQLDatabase) async throws {
        guard notification.email != nil || notification.phone != nil else { return }
        var payload: [String: JSONValue] = [
            "event": .string(notification.event), "reference": .string(reference),
            "email": notification.email.map(JSONValue.string) ?? .null, "phone": notification.phone.map(JSONValue.string) ?? .null,
            "subject": .string(notification.subject), "body": .string(notification.body),
        ]
        for (key, value) in notification.fields { payload[key] = .string(value) }
        try await InsertRow.insert([
            InsertRow("outbox", [
                "topic": "notification", "reference": reference, "payload": JSONColumn.text(payload),
                "idempotency_key": "\(key):\(reference):\(at):\(Token.random())", "status": "pending", "attempts": 0,
                "available_at": at, "created_at": at,
            ]),
            event(reference, .notificationQueued, ["subject": .string(notification.subject), "channel": .string(notification.email != nil ? "email" : "sms")],
                  actor: nil, at: at),
        ], db)
    }
}
