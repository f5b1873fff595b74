import Domain
import Foundation
import Hummingbird

/// Cases for partner systems: list and filter (the back office's queue code), read one, move its status (the back
/// office's workflow code), add a note, and poll the events of every case since a cursor. A client kept to some
/// services never reaches another's cases: lists and events are limited to its services in the query, and a single
/// case of another service is refused.
struct CaseAPI {
    let services: AppServices
    var queue: any CaseQueue { services.caseQueue }
    var feed: any CaseEventFeed { services.caseEvents }

    // MARK: List

    func list(_ call: APICall) async throws -> Response {
        let published = try await services.catalogue.current().map(\.slug)
        let filters = try CaseListFilters(call, published: Set(published))
        var query = CaseQuery(queue: .all, viewerID: 0, allowedServices: call.client.reachable(published),
                              window: TargetWindow(today: services.clock.today(), calendar: services.calendar))
        filters.apply(to: &query)
        let page = query.matchesNothing ? CasePage.empty : try await queue.search(query)
        return try APIJSON.response(CaseJSON.Page(cases: page.rows.map(CaseJSON.Summary.init), nextCursor: page.next.map { "\(filters.sort.rawValue):\($0.token)" }))
    }

    // MARK: One case

    /// The case, if this client may reach it: 404 for none, 403 for another service's.
    private func inHand(_ call: APICall) async throws -> APICase {
        let reference = try call.parameter("reference")
        guard let record = try await services.cases.record(reference: reference),
              let service = try await services.catalogue.version(slug: record.serviceSlug, version: record.serviceVersion) else {
            throw APIError(.notFound, field: "reference", code: "not_found", message: "There is no case \(reference)")
        }
        try call.requireService(record.serviceSlug, field: "reference")
        return APICase(record: record, service: service, client: call.client)
    }

    func show(_ call: APICall) async throws -> Response {
        let opened = try await inHand(call)
        let record = opened.record
        async let submission = services.submissions.submission(reference: record.reference)
        async let events = feed.events(reference: record.reference)
        let moves = opened.workflow.moves(from: record.status, for: opened.roles).compactMap { move in
            opened.workflow.state(move.to).map { CaseJSON.Move(status: $0.id, label: $0.label.text(.en), needsReason: move.needsReason) }
        }
        return try APIJSON.response(CaseJSON.Detail(
            summary: CaseJSON.Summary(record), serviceVersion: record.serviceVersion,
            statusLabel: opened.workflow.state(record.status)?.label.text(.en) ?? record.status, statusSince: record.statusSince,
            language: record.language.rawValue, answers: try await submission?.answers ?? [:],
            events: try await events.map(CaseJSON.Event.init), moves: moves
        ))
    }

    // MARK: Changes

    struct Changed: Encodable {
        var reference: String
        var status: String
    }

    func changeStatus(_ call: APICall) async throws -> Response {
        let body = try await APIJSON.object(call.request, limit: 64 * 1024, example: "{\"status\": \"in-review\"}")
        try APIJSON.rejectUnknown(body, allowed: ["status", "reason"], hint: "the body has status and, for some moves, reason")
        let to = try APIJSON.text(body, "status", maxLength: 100)
        let reason = try APIJSON.text(body, "reason", maxLength: 2000, required: false)
        let opened = try await inHand(call)
        switch try await CaseStatusChange(services: services).move(opened, to: to, reason: CitizenReason(reason)) {
        case .moved:
            return try APIJSON.response(Changed(reference: opened.record.reference, status: to))
        case .refused(let field, let message):
            let code = field == "reason" ? "required" : opened.workflow.state(to) == nil ? "invalid" : "not_allowed"
            throw APIError(.unprocessableContent, field: field, code: code, message: message)
        case .overtaken:
            throw APIError(.conflict, field: "status", code: "overtaken", message: CaseText.overtaken)
        }
    }

    struct Noted: Encodable {
        var reference: String
        var text: String
    }

    func addNote(_ call: APICall) async throws -> Response {
        let body = try await APIJSON.object(call.request, limit: 64 * 1024, example: "{\"text\": \"...\"}")
        try APIJSON.rejectUnknown(body, allowed: ["text"], hint: "the body has text")
        let text = try APIJSON.text(body, "text", maxLength: 5000)
        let opened = try await inHand(call)
        _ = try await services.cases.apply(.note(text), to: opened.record.reference, actor: opened.actor, at: call.now)
        return try APIJSON.response(Noted(reference: opened.record.reference, text: text), status: .created)
    }

    // MARK: Events

    func events(_ call: APICall) async throws -> Response {
        try CaseListFilters.rejectUnknown(call, allowed: ["cursor", "limit", "service"])
        let after = try CaseListFilters.integer(call, "cursor", default: 0, range: 0...Int(Int64.max))
        let limit = try CaseListFilters.integer(call, "limit", default: 100, range: 1...500)
        let chosen = try CaseListFilters.services(call, published: nil)
        var reach: Set<String>? = call.client.services.isEmpty ? nil : call.client.services
        if !chosen.isEmpty { reach = reach.map { $0.intersection(chosen) } ?? chosen }
        let events = try await feed.events(after: Int64(after), services: reach, limit: limit)
        return try APIJSON.response(CaseJSON.EventPage(events: events.map(CaseJSON.Event.init), nextCursor: String(events.last?.id ?? Int64(after))))
    }
}

/// A case in an API client's hands: it moves cases as a case officer of the services it may reach would.
struct APICase: CaseInHand {
    let record: CaseRecord
    let service: PublishedService
    let client: APIClient
    var roles: Set<StaffRole> { [.caseOfficer] }
    var actor: Actor { client.actor }
}
