import Domain
import Foundation
import Hummingbird
import Views

/// `/admin/audit`: the audit trail for administrators, filtered by person (a staff or citizen email, an API client's
/// name), action and dates, paged by entry id, with the people in it named.
struct AdminAuditController {
    let services: AppServices
    var identity: IdentityServices { services.identity }

    static let pageSize = 50

    func addRoutes(to router: Router<AppRequestContext>) {
        router.group("admin").staffArea().get("audit", use: audit)
    }

    @Sendable func audit(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let form = GETForm(request)
        let language = context.language
        let filters = AuditTrailPage.Filters(
            // `who` is the filter's older name, still in links people have kept.
            person: (form.value("person").isEmpty ? form.value("who") : form.value("person")).trimmingCharacters(in: .whitespaces),
            action: form.value("action"),
            from: .init(day: form.value("from-day"), month: form.value("from-month"), year: form.value("from-year")),
            to: .init(day: form.value("to-day"), month: form.value("to-month"), year: form.value("to-year"))
        )
        let clients = try await services.apiClients.all()
        var errors: [FieldError] = []
        let from = Self.day(filters.from, "from", language, &errors)
        let to = Self.day(filters.to, "to", language, &errors)
        if let from, let to, to < from {
            errors.append(FieldError(questionID: "to-day", message: Phrase.auditDateOrder(language)))
        }
        let people = try await people(filters.person, clients: clients)
        var rows: [AuditTrailPage.Row] = []
        var newer: String?
        var older: String?
        if errors.isEmpty, people.map({ !$0.isEmpty }) ?? true {
            let cursor: AuditCursor = if let id = Int64(form.value("older")) { .olderThan(id) }
                else if let id = Int64(form.value("newer")) { .newerThan(id) } else { .newest }
            let page = try await identity.audit.page(AuditQuery(
                people: people, action: filters.action.isEmpty ? nil : AuditAction(rawValue: filters.action),
                from: from, until: to.map(StaffDate.startOfNextDay(after:)), cursor: cursor, pageSize: Self.pageSize
            ))
            rows = try await named(page.entries, clients: clients, language: language)
            func link(_ cursor: AuditCursor?) -> String? {
                switch cursor {
                case .olderThan(let id): "/admin/audit?" + AdminQuery.string(filters.query + [("older", String(id))])
                case .newerThan(let id): "/admin/audit?" + AdminQuery.string(filters.query + [("newer", String(id))])
                case .newest, nil: nil
                }
            }
            newer = link(page.newer)
            older = link(page.older)
        }
        let model = AuditTrailPage(
            layout: context.layout(title: Phrase.navAudit(language), path: "/admin/audit", errors: errors,
                                   keepQuery: AdminQuery.string(filters.query)),
            filters: filters, actions: AuditAction.all, rows: rows, personNotFound: people?.isEmpty == true && errors.isEmpty,
            newerHref: newer, olderHref: older, errors: errors
        )
        return model.response(status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The day typed, or nil when the boxes are empty; an error on the day box when it is not a whole, real date.
    static func day(_ fields: AuditTrailPage.DateFields, _ name: String, _ language: Language, _ errors: inout [FieldError]) -> Date? {
        if fields.isEmpty { return nil }
        let numbers = [fields.day, fields.month, fields.year].map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if [fields.day, fields.month, fields.year].contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            errors.append(FieldError(questionID: "\(name)-day", message: (name == "from" ? Phrase.auditDateIncompleteFrom : .auditDateIncompleteTo)(language)))
            return nil
        }
        guard let day = numbers[0], let month = numbers[1], let year = numbers[2], (1000...9999).contains(year),
              let date = StaffDate.startOfDay(year: year, month: month, day: day) else {
            errors.append(FieldError(questionID: "\(name)-day", message: (name == "from" ? Phrase.auditDateInvalidFrom : .auditDateInvalidTo)(language)))
            return nil
        }
        return date
    }

    /// The recorded actors the typed person stands for: nil for everyone, empty when nobody matches.
    private func people(_ typed: String, clients: [APIClient]) async throws -> Set<String>? {
        guard !typed.isEmpty else { return nil }
        if let actor = Actor(recorded: typed) { return [actor.recorded] }
        var found: Set<String> = []
        if typed.contains("@") {
            let email = EmailAddress.normalised(typed)
            if let member = try await identity.staff.member(email: email) { found.insert(Actor.staff(member.id).recorded) }
            if let citizen = try await identity.citizens.account(email: email) { found.insert(Actor.citizen(citizen.id).recorded) }
        }
        for client in clients where client.name.caseInsensitiveCompare(typed) == .orderedSame { found.insert(client.actor.recorded) }
        return found
    }

    /// The entries with the people in them named: staff and citizens by email, API clients by name.
    private func named(_ entries: [StoredAuditEntry], clients: [APIClient], language: Language) async throws -> [AuditTrailPage.Row] {
        let staff = Dictionary(try await identity.staff.all().map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first })
        let clientNames = Dictionary(clients.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var citizens: [Int64: String?] = [:]
        func name(_ recorded: String) async throws -> (String, String?) {
            if recorded.hasPrefix("email:") { return (String(recorded.dropFirst("email:".count)), nil) }
            switch Actor(recorded: recorded) {
            case .staff(let id): return (staff[id] ?? recorded, "/admin/staff/\(id)")
            case .citizen(let id):
                if citizens[id] == nil { citizens[id] = .some(try await identity.citizens.account(id: id)?.email) }
                let email = citizens[id] ?? nil
                return (email.map { Phrase.auditCitizen($0)(language) } ?? Phrase.auditDeletedCitizen(id)(language), nil)
            case .apiClient(let id): return (clientNames[id].map { Phrase.auditAPIClient($0)(language) } ?? recorded, nil)
            case .commandLine: return (Phrase.auditCommandLine(language), nil)
            case .anonymous: return (Phrase.auditAnonymous(language), nil)
            case .applicant: return (Phrase.auditApplicant(language), nil)
            case nil: return (recorded, nil)
            }
        }
        var rows: [AuditTrailPage.Row] = []
        for stored in entries {
            let entry = stored.entry
            let (who, whoHref) = try await name(entry.actor)
            var (about, aboutHref): (String, String?) = ("", nil)
            if let subject = entry.subject { (about, aboutHref) = try await name(subject) }
            rows.append(AuditTrailPage.Row(at: entry.at, who: who, whoHref: whoHref, action: entry.action, about: about, aboutHref: aboutHref,
                                           detail: entry.detail, ipAddress: entry.ipAddress ?? ""))
        }
        return rows
    }
}
