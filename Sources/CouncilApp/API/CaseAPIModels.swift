import Domain
import Foundation

/// The JSON shapes of cases and their events, as `openapi.json` describes them. A field with no value (no assignee,
/// no deadline, the platform as actor) is left out rather than sent as null.
enum CaseJSON {
    struct Summary: Encodable {
        var reference: String
        var service: String
        var status: String
        var createdAt: Date
        var channel: String
        var assigneeID: Int64?
        var dueDate: String?
        var targetMet: Bool

        enum CodingKeys: String, CodingKey {
            case reference, service, status, channel
            case createdAt = "created_at", assigneeID = "assignee_id", dueDate = "due_date", targetMet = "target_met"
        }

        init(_ row: CaseQueueRow) {
            self.init(reference: row.reference, service: row.serviceSlug, status: row.status, createdAt: row.createdAt, channel: row.channel,
                      assigneeID: row.assigneeID, dueDate: row.dueDate?.iso, targetMet: row.targetMetAt != nil)
        }

        init(_ record: CaseRecord) {
            self.init(reference: record.reference, service: record.serviceSlug, status: record.status, createdAt: record.createdAt,
                      channel: record.channel, assigneeID: record.assigneeID, dueDate: record.dueDate?.iso, targetMet: record.targetMetAt != nil)
        }

        private init(reference: String, service: String, status: String, createdAt: Date, channel: String, assigneeID: Int64?, dueDate: String?,
                     targetMet: Bool) {
            self.reference = reference
            self.service = service
            self.status = status
            self.createdAt = createdAt
            self.channel = channel
            self.assigneeID = assigneeID
            self.dueDate = dueDate
            self.targetMet = targetMet
        }
    }

    struct Page: Encodable {
        var cases: [Summary]
        /// Pass as `cursor` for the next page; absent on the last page.
        var nextCursor: String?

        enum CodingKeys: String, CodingKey {
            case cases
            case nextCursor = "next_cursor"
        }
    }

    struct Event: Encodable {
        var id: Int64
        var reference: String
        var service: String
        var kind: String
        var detail: [String: JSONValue]
        var actor: String?
        var at: Date

        init(_ event: CaseFeedEvent) {
            id = event.id
            reference = event.reference
            service = event.serviceSlug
            kind = event.kindName
            detail = event.detail
            actor = event.actor
            at = event.at
        }
    }

    struct EventPage: Encodable {
        var events: [Event]
        /// The id of the last event returned (or the cursor given, when there were none): the next `cursor`.
        var nextCursor: String

        enum CodingKeys: String, CodingKey {
            case events
            case nextCursor = "next_cursor"
        }
    }

    struct Move: Encodable {
        var status: String
        var label: String
        var needsReason: Bool

        enum CodingKeys: String, CodingKey {
            case status, label
            case needsReason = "needs_reason"
        }
    }

    /// A case as one read gives it: its summary's fields, and its answers, timeline and the moves open to the client.
    struct Detail: Encodable {
        var summary: Summary
        var serviceVersion: Int
        var statusLabel: String
        var statusSince: Date
        var language: String
        var answers: [String: JSONValue]
        var events: [Event]
        /// The statuses this client may move the case to now.
        var moves: [Move]

        enum CodingKeys: String, CodingKey {
            case language, answers, events, moves
            case serviceVersion = "service_version", statusLabel = "status_label", statusSince = "status_since"
        }

        /// One flat object: the summary's keys beside these.
        func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(serviceVersion, forKey: .serviceVersion)
            try container.encode(statusLabel, forKey: .statusLabel)
            try container.encode(statusSince, forKey: .statusSince)
            try container.encode(language, forKey: .language)
            try container.encode(answers, forKey: .answers)
            try container.encode(events, forKey: .events)
            try container.encode(moves, forKey: .moves)
        }
    }
}
