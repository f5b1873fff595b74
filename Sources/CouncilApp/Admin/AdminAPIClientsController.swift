import Domain
import Foundation
import Hummingbird
import Views

/// Administrators create API clients for partner and council systems (the token is shown once), see them, and
/// revoke them. Every change is audited.
struct AdminAPIClientsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var registry: APIClientRegistry { services.apiClients }

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin/api-clients").staffArea()
        admin.get(use: list)
        admin.post(use: create)
        admin.post("{id}/revoke", use: revoke)
    }

    @Sendable func list(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        var page = try await listPage(context, csrf: session.csrfToken)
        page.revoked = request.uri.queryParameters.get("revoked").map { String($0) }
        return page.response(cookies: [cookie])
    }

    private func listPage(_ context: StaffRequestContext, csrf: String, errors: [FieldError] = []) async throws -> APIClientsPage {
        APIClientsPage(
            layout: context.layout(title: Phrase.navAPIClients(context.language), path: "/admin/api-clients", errors: errors),
            csrfToken: csrf, clients: try await registry.all(),
            services: try await services.catalogue.current().map { ServiceChoice(slug: $0.slug, title: $0.definition.title.text(context.language)) },
            errors: errors
        )
    }

    @Sendable func create(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context.site)
        let scopes = form.input.fields["scopes"] ?? []
        let chosen = form.input.fields["services"] ?? []
        switch try await registry.issue(name: form.value("name"), scopes: scopes, services: chosen,
                                      by: context.actor, ipAddress: context.site.remoteAddress, at: services.identity.now()) {
        case .failure(let problems):
            let errors = problems.problems.map { FieldError(questionID: $0.field, message: $0.description, code: "invalid") }
            var page = try await listPage(context, csrf: session.csrfToken, errors: errors)
            page.name = form.value("name")
            page.scopes = Set(scopes)
            page.chosenServices = Set(chosen)
            return page.response(status: .unprocessableContent)
        case .success(let issued):
            var page = try await listPage(context, csrf: session.csrfToken)
            page.created = (issued.client, issued.token)
            return page.response()
        }
    }

    @Sendable func revoke(_ request: Request, context: StaffRequestContext) async throws -> Response {
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        _ = try await pages.postedForm(request, context.site)
        guard try await registry.revoke(id: id, by: context.actor, ipAddress: context.site.remoteAddress, at: services.identity.now()) else {
            throw HTTPError(.notFound, message: "No such active API client.")
        }
        return .seeOther("/admin/api-clients?revoked=\(id)")
    }
}
