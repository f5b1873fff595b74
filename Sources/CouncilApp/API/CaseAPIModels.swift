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
            reference = row.reference
            service = row.serviceSlug
            status = row.status
            createdAt = row.createdAt
            channel = row.channel
            assigneeID = row.assigneeID
            dueDate = row.dueDate?.iso
            targetMet = row.targetMetAt != nil
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

    struct Detail: Encodable {
        var reference: String
        var service: String
        var serviceVersion: Int
        var status: String
        var statusLabel: String
        var statusSince: Date
        var createdAt: Date
        var channel: String
        var language: String
        var assigneeID: Int64?
        var dueDate: String?
        var targetMet: Bool
        var answers: [String: JSONValue]
        var events: [Event]
        /// The statuses this client may move the case to now.
        var moves: [Move]

        enum CodingKeys: String, CodingKey {
            case reference, service, status, channel, language, answers, events, moves
            case serviceVersion = "service_version", statusLabel = "status_label", statusSince = "status_since", createdAt = "created_at"
            case assigneeID = "assignee_id", dueDate = "due_date", targetMet = "target_met"
        }

    }
}
