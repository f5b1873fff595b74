import Domain
import Foundation
import Hummingbird
import Views

/// Assisted digital: a customer service agent (or officer) fills in any service for a caller on the phone, at the
/// desk, or from a letter or email, through the same pages citizens use; and finds a caller's earlier requests.
struct AssistedController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    /// The ways a caller reaches an agent, in the order the start form offers them.
    static let channels: [Channel] = [.phone, .faceToFace, .email, .letter]

    func addRoutes(to router: Router<AppRequestContext>) {
        let group = router.group("backoffice/assisted").staffArea()
        group.get(use: startPage)
        group.post(use: start)
        group.get("find", use: find)
    }

    @Sendable func startPage(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try await startForm(context, csrf: session.csrfToken, fields: [:], errors: []).setting(cookie)
    }

    /// The services this person may start a request in: the ones whose cases they handle, by the grant check the
    /// queue and the case page use.
    private func startable(_ staff: StaffMember) async throws -> [PublishedService] {
        try await services.catalogue.current().filter { staff.access.mayHandleCases(of: $0.slug) }
    }

    private func startForm(_ context: StaffRequestContext, csrf: String, fields: [String: String], errors: [FieldError]) async throws -> Response {
        let language = context.language
        let page = AssistedStartPage(
            layout: context.layout(title: Phrase.boAssistedStart(language), path: "/backoffice/assisted", errors: errors, back: "/backoffice"),
            services: try await startable(context.staff).map { ($0.slug, $0.definition.title.text(language)) },
            channels: Self.channels, fields: fields, errors: errors, csrfToken: csrf
        )
        return page.response(status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    @Sendable func start(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let staff = context.staff
        let language = context.language
        let (form, session) = try await pages.postedForm(request, context.site)
        var fields: [String: String] = [:]
        for name in ["service", "channel", "caller-email", "caller-phone"] { fields[name] = form.value(name) }
        var errors: [FieldError] = []
        let service = try await services.catalogue.current(slug: form.value("service"))
        if let service, !staff.access.mayHandleCases(of: service.slug) {
            try await services.identity.record(context.site, .staffAssistedRefused, subject: "service:\(service.slug)")
            throw HTTPError(.forbidden)
        }
        if service == nil { errors.append(FieldError(questionID: "service", message: Phrase.boErrorSelectService(language), code: "required")) }
        let channel = Channel(rawValue: form.value("channel")).flatMap { chosen in Self.channels.contains(chosen) ? chosen : nil }
        if channel == nil { errors.append(FieldError(questionID: "channel", message: Phrase.boErrorSelectChannel(language), code: "required")) }
        let email = EmailAddress.normalised(form.value("caller-email"))
        if !email.isEmpty, let problem = context.site.emailProblem(email, field: "caller-email") { errors.append(problem) }
        let phone = form.value("caller-phone").trimmingCharacters(in: .whitespaces)
        if !phone.isEmpty, phone.filter(\.isNumber).count < 10 {
            errors.append(FieldError(questionID: "caller-phone", message: Phrase.boErrorPhone(language)))
        }
        guard errors.isEmpty, let service, let channel, let first = JourneyRoute(service.definition, today: services.today()).firstPage else {
            return try await startForm(context, csrf: session.csrfToken, fields: fields, errors: errors)
        }
        try await services.journeys.save(JourneyState(
            sessionHash: session.idHash, slug: service.slug, version: service.version,
            assisted: AssistedEntry(channel: channel, staffID: staff.id, callerEmail: email.isEmpty ? nil : email, callerPhone: phone.isEmpty ? nil : phone)
        ))
        try await services.identity.record(context.site, .staffAssistedStarted, subject: "service:\(service.slug)", detail: channel.rawValue)
        services.count(.started, service: service, channel: channel, language: language)
        return .seeOther("/services/\(service.slug)/\(first.id)")
    }

    @Sendable func find(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let language = context.language
        let query = GETForm(request).value("q").trimmingCharacters(in: .whitespaces)
        let found = query.isEmpty ? [] : try await services.caseQueries.find(query, services: context.staff.access.caseServices, limit: 50)
        if !query.isEmpty { try await services.identity.record(context.site, .staffRequestsSearched, detail: "\(found.count) found") }
        var titles: [String: String] = [:]
        var workflows: [String: Workflow] = [:]
        for service in try await services.catalogue.current() {
            titles[service.slug] = service.definition.title.text(language)
            workflows[service.slug] = service.definition.workflow
        }
        return AssistedFindPage(
            layout: context.layout(title: Phrase.boFindRequests(language), path: "/backoffice/assisted/find", back: "/backoffice/assisted"),
            query: query,
            found: found.map { row in
                AssistedFindPage.Found(reference: row.reference, service: titles[row.serviceSlug] ?? row.serviceSlug,
                                       status: workflows[row.serviceSlug]?.state(row.status)?.label.text(language) ?? row.status,
                                       received: row.createdAt)
            }
        ).response()
    }
}
