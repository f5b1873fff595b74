import Domain

/// The query of `GET /api/v1/cases`, checked: every parameter known, every value well formed, every service one the
/// client may reach. Bad input is a 422 naming the parameter; a service the client may not use is a 403.
struct CaseListFilters {
    static let parameters: Set<String> = ["service", "status", "assignee", "created_since", "created_until", "sort", "limit", "cursor"]

    var services: Set<String>
    var statuses: Set<String>
    var assignee: AssigneeFilter?
    var createdSince: CalendarDay?
    var createdUntil: CalendarDay?
    var sort: CaseSort
    var limit: Int
    var cursor: CaseCursor?

    init(_ call: APICall, published: Set<String>) throws {
        try Self.rejectUnknown(call, allowed: Self.parameters)
        services = try Self.services(call, published: published)
        statuses = Set(call.query("status").filter { !$0.isEmpty })
        assignee = try call.query("assignee").last.map { text in
            if text == "none" { return AssigneeFilter.nobody }
            guard let id = Int64(text), id > 0 else { throw Self.invalid("assignee", "assignee must be a staff id or none") }
            return .staff(id)
        }
        createdSince = try Self.day(call, "created_since")
        createdUntil = try Self.day(call, "created_until")
        let sortText = call.query("sort").last ?? CaseSort.oldest.rawValue
        guard let sort = CaseSort(rawValue: sortText) else { throw Self.invalid("sort", "sort must be due, oldest or newest") }
        self.sort = sort
        limit = try Self.integer(call, "limit", default: 25, range: 1...100)
        cursor = try call.query("cursor").last.map { text in
            // A cursor carries its order, so a page of one order never resumes a list in another.
            let parts = text.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0] == sort.rawValue, let cursor = CaseCursor(token: parts[1]) else {
                throw Self.invalid("cursor", "cursor must be a next_cursor from a list in the same sort order")
            }
            return cursor
        }
    }

    func apply(to query: inout CaseQuery) {
        query.chosenServices = services
        query.statuses = statuses
        query.assignee = assignee
        query.receivedFrom = createdSince
        query.receivedTo = createdUntil
        query.sort = sort
        query.pageSize = limit
        query.position = cursor.map(CasePosition.after) ?? .first
        query.countsMatches = false
    }

    static func rejectUnknown(_ call: APICall, allowed: Set<String>) throws {
        if let unknown = call.request.uri.queryParameters.map({ String($0.key) }).sorted().first(where: { !allowed.contains($0) }) {
            throw APIError(.unprocessableContent, field: unknown, code: "unknown_field",
                           message: "Unknown query parameter; use \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// The `service` parameters: each must be published (when `published` is given) and reachable by the client.
    static func services(_ call: APICall, published: Set<String>?) throws -> Set<String> {
        let chosen = Set(call.query("service").filter { !$0.isEmpty })
        for slug in chosen.sorted() {
            if let published, !published.contains(slug) {
                throw APIError(.unprocessableContent, field: "service", code: "unknown_service", message: "There is no published service called \(slug)")
            }
            try call.requireService(slug, field: "service")
        }
        return chosen
    }

    static func integer(_ call: APICall, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = call.query(name).last else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw invalid(name, "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    static func day(_ call: APICall, _ name: String) throws -> CalendarDay? {
        guard let text = call.query(name).last else { return nil }
        guard let day = CalendarDay(iso: text) else { throw invalid(name, "\(name) must be a date like 2026-11-25") }
        return day
    }

    static func invalid(_ field: String, _ message: String) -> APIError {
        APIError(.unprocessableContent, field: field, code: "invalid", message: message)
    }
}
