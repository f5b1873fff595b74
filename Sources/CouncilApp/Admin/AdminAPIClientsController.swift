import Domain
import Foundation
import Hummingbird
import Persistence
import Views

/// Administrators create API clients for partner and council systems (the token is shown once), see them, and
/// revoke them. Every change is audited.
struct AdminAPIClientsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var registry: APIClientRegistry { APIClientRegistry(database: services.database) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin/api-clients").add(middleware: StaffAreaMiddleware())
        admin.get(use: list)
        admin.post(use: create)
        admin.post("{id}/revoke", use: revoke)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.administrator()
        let (session, cookie) = try await pages.browserSession(request, context)
        let notice = request.uri.queryParameters.get("revoked").map { "API client \($0) is revoked: its token no longer works." }
        return try await listPage(context, csrf: session.csrfToken, fields: [:], errors: [], notice: notice).setting(cookie)
    }

    private func listPage(_ context: AppRequestContext, csrf: String, fields: [String: [String]], errors: [FieldError],
                          notice: String? = nil, issued: APIClientRegistry.Issued? = nil) async throws -> Response {
        let all = try await registry.all()
        let catalogue = try await services.catalogue.current()
        return pages.page(context, path: "/admin/api-clients", title: "API clients", errors: errors, back: "/admin",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading("API clients")
            if let notice { page.notice(notice) }
            if let issued {
                page.notice("API client \(issued.client.id) (\(issued.client.name)) created. Its token is shown once — copy it now: \(issued.token)")
            }
            page.paragraph("Systems call the API at /api/v1 with Authorization: Bearer and their token. The API is described at /api/v1/openapi.json.")
            page.table(caption: CountedNoun.clients.phrase(all.count, context.language), headers: ["Client", "Scopes", "Services", "Status"], rows: all.map { client in [
                ("\(client.id): \(client.name)", nil), (client.scopes.sorted().map(\.rawValue).joined(separator: ", "), nil),
                (client.services.isEmpty ? "Every service" : client.services.sorted().joined(separator: ", "), nil),
                (client.revokedAt.map { "Revoked \(DisplayDate.dayAndTime($0))" } ?? "Active", nil),
            ] })
            for client in all where !client.isRevoked {
                page.formStart(action: "/admin/api-clients/\(client.id)/revoke", csrf: csrf)
                page.button("Revoke \(client.name) (client \(client.id))", warning: true)
                page.formEnd()
            }
            page.subheading("Add an API client")
            page.formStart(action: "/admin/api-clients", csrf: csrf)
            page.input("name", label: "Name", value: fields["name"]?.first ?? "", hint: "The system or partner, for example ‘Health board referrals’",
                       autocomplete: "off", errors: errors)
            page.choices("scopes", legend: "Scopes", options: APIScope.allCases.map { ($0.rawValue, "\($0.rawValue): \($0.summary)") },
                         selected: Set(fields["scopes"] ?? []), multiple: true, errors: errors)
            page.choices("services", legend: "Services", options: catalogue.map { ($0.slug, $0.definition.title.text(.en)) },
                         selected: Set(fields["services"] ?? []), multiple: true,
                         hint: "None ticked means every service. A client kept to some services sees nothing of the others.", errors: errors)
            page.button("Create API client")
            page.formEnd()
        }
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.administrator()
        let (form, session) = try await pages.postedForm(request, context)
        let fields = ["name": [form.value("name")], "scopes": form.input.fields["scopes"] ?? [], "services": form.input.fields["services"] ?? []]
        switch try await registry.issue(name: form.value("name"), scopes: fields["scopes"] ?? [], services: fields["services"] ?? [],
                                      by: context.actor, ipAddress: context.remoteAddress, at: services.identity.now()) {
        case .failure(let problems):
            let errors = problems.problems.map { FieldError(questionID: $0.field, message: $0.description, code: "invalid") }
            return try await listPage(context, csrf: session.csrfToken, fields: fields, errors: errors)
        case .success(let issued):
            return try await listPage(context, csrf: session.csrfToken, fields: [:], errors: [], issued: issued)
        }
    }

    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.administrator()
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        _ = try await pages.postedForm(request, context)
        guard try await registry.revoke(id: id, by: context.actor, ipAddress: context.remoteAddress, at: services.identity.now()) else {
            throw HTTPError(.notFound, message: "No such active API client.")
        }
        return .seeOther("/admin/api-clients?revoked=\(id)")
    }
}
