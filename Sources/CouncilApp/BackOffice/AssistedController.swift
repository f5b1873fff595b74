import Domain
import Foundation
import Hummingbird
import Persistence
import Views

/// Assisted digital: a customer service agent (or officer) fills in any service for a caller on the phone, at the
/// desk, or from a letter or email, through the same pages citizens use; and finds a caller's earlier requests.
struct AssistedController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    static let channels: [(Channel, String)] = [
        (.phone, "Phone call"), (.faceToFace, "Face to face"), (.email, "Email"), (.letter, "Letter"),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        let group = router.group("backoffice/assisted").add(middleware: StaffAreaMiddleware())
        group.get(use: startPage)
        group.post(use: start)
        group.get("find", use: find)
    }

    private func staff(_ context: AppRequestContext) throws -> StaffMember {
        guard let staff = context.staff else { throw RedirectError(location: "/staff/sign-in") }
        return staff
    }

    @Sendable func startPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let staff = try staff(context)
        let (session, cookie) = try await pages.browserSession(request, context)
        return try await startForm(context, staff, csrf: session.csrfToken, fields: [:], errors: []).setting(cookie)
    }

    /// The services this person may start a request in: the ones whose cases they handle, by the grant check the
    /// queue and the case page use.
    private func startable(_ staff: StaffMember) async throws -> [PublishedService] {
        try await services.catalogue.current().filter { staff.access.mayHandleCases(of: $0.slug) }
    }

    private func startForm(_ context: AppRequestContext, _ staff: StaffMember, csrf: String, fields: [String: String],
                           errors: [FieldError]) async throws -> Response {
        let catalogue = try await startable(staff)
        return pages.page(context, path: "/backoffice/assisted", title: "Start a request for a caller", errors: errors, back: "/backoffice",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading("Start a request for a caller")
            page.paragraph("You will fill in the same form the public uses. The request is recorded with the channel and your name.")
            page.formStart(action: "/backoffice/assisted", csrf: csrf)
            page.choices("service", legend: "Service", options: catalogue.map { ($0.slug, $0.definition.title.text(.en)) },
                         selected: [fields["service"] ?? ""], errors: errors)
            page.choices("channel", legend: "How did they contact us?", options: Self.channels.map { ($0.0.rawValue, $0.1) },
                         selected: [fields["channel"] ?? ""], errors: errors)
            page.input("caller-email", label: "Caller’s email address (optional)", type: "email", value: fields["caller-email"] ?? "",
                       hint: "So they get updates, if the form does not ask for it.", autocomplete: "off", errors: errors)
            page.input("caller-phone", label: "Caller’s phone number (optional)", type: "tel", value: fields["caller-phone"] ?? "",
                       autocomplete: "off", errors: errors, width: "width-20")
            page.button("Start the form")
            page.formEnd()
            page.subheading("Find a caller’s requests")
            page.raw("<form method=\"get\" action=\"/backoffice/assisted/find\" novalidate>\n")
            page.input("q", label: "Reference, email address or postcode", autocomplete: "off")
            page.button("Find", secondary: true)
            page.raw("</form>\n")
        }
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let staff = try staff(context)
        let (form, session) = try await pages.postedForm(request, context)
        var fields: [String: String] = [:]
        for name in ["service", "channel", "caller-email", "caller-phone"] { fields[name] = form.value(name) }
        var errors: [FieldError] = []
        let service = try await services.catalogue.current(slug: form.value("service"))
        if let service, !staff.access.mayHandleCases(of: service.slug) {
            try await services.identity.record(context, .staffAssistedRefused, subject: "service:\(service.slug)")
            throw HTTPError(.forbidden)
        }
        if service == nil { errors.append(FieldError(questionID: "service", message: "Select the service the caller needs", code: "required")) }
        let channel = Channel(rawValue: form.value("channel")).flatMap { chosen in Self.channels.contains { $0.0 == chosen } ? chosen : nil }
        if channel == nil { errors.append(FieldError(questionID: "channel", message: "Select how the caller contacted us", code: "required")) }
        let email = EmailAddress.normalised(form.value("caller-email"))
        if !email.isEmpty, let problem = context.emailProblem(email, field: "caller-email") { errors.append(problem) }
        let phone = form.value("caller-phone").trimmingCharacters(in: .whitespaces)
        if !phone.isEmpty, phone.filter(\.isNumber).count < 10 {
            errors.append(FieldError(questionID: "caller-phone", message: "Enter a phone number, like 01632 960 001 or 07700 900 982"))
        }
        guard errors.isEmpty, let service, let channel, let first = JourneyRoute(service.definition).firstPage else {
            return try await startForm(context, staff, csrf: session.csrfToken, fields: fields, errors: errors)
        }
        try await services.journeys.save(JourneyState(
            sessionHash: session.idHash, slug: service.slug, version: service.version,
            assisted: AssistedEntry(channel: channel, staffID: staff.id, callerEmail: email.isEmpty ? nil : email, callerPhone: phone.isEmpty ? nil : phone)
        ))
        try await services.identity.record(context, .staffAssistedStarted, subject: "service:\(service.slug)", detail: channel.rawValue)
        return .seeOther("/services/\(service.slug)/\(first.id)")
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let staff = try staff(context)
        let query = GETForm(request).value("q").trimmingCharacters(in: .whitespaces)
        let found = query.isEmpty ? [] : try await SQLCaseQueries(database: services.database).find(query, services: staff.access.caseServices, limit: 50)
        if !query.isEmpty { try await services.identity.record(context, .staffRequestsSearched, detail: "\(found.count) found") }
        var titles: [String: String] = [:]
        var workflows: [String: Workflow] = [:]
        for service in try await services.catalogue.current() {
            titles[service.slug] = service.definition.title.text(.en)
            workflows[service.slug] = service.definition.workflow
        }
        return pages.page(context, path: "/backoffice/assisted/find", title: "Find a caller’s requests", back: "/backoffice/assisted") { page in
            page.heading("Find a caller’s requests")
            page.raw("<form method=\"get\" action=\"/backoffice/assisted/find\" novalidate>\n")
            page.input("q", label: "Reference, email address or postcode", value: query, autocomplete: "off")
            page.button("Find", secondary: true)
            page.raw("</form>\n")
            if !query.isEmpty {
                if found.isEmpty {
                    page.paragraph("No requests match \(query).")
                } else {
                    page.table(caption: "\(found.count) request\(found.count == 1 ? "" : "s")", headers: ["Reference", "Service", "Status", "Received"],
                               rows: found.map { row in [
                                   (row.reference, "/backoffice/cases/\(row.reference)"), (titles[row.serviceSlug] ?? row.serviceSlug, nil),
                                   (workflows[row.serviceSlug]?.state(row.status)?.label.text(.en) ?? row.status, nil),
                                   (DisplayDate.dayAndTime(row.createdAt), nil),
                               ] })
                }
            }
        }
    }
}
