import Domain
import Foundation
import Hummingbird
import Persistence
import Views

/// The case officer's workspace at /backoffice: three queues (mine, unassigned in my services, all of my services),
/// filters and search, keyset pages, bulk actions on a selection and a CSV export of the filtered list. Every list
/// comes from one repository method, scoped to the services the person may handle.
struct QueueController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var queue: any CaseQueue { SQLCaseQueue(database: services.database) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let backOffice = router.group("backoffice").add(middleware: StaffAreaMiddleware())
        backOffice.get(use: list)
        backOffice.post("bulk", use: bulk)
        backOffice.get("export.csv", use: export)
    }

    func staff(_ context: AppRequestContext) throws -> StaffMember {
        guard let staff = context.staff else { throw RedirectError(location: "/staff/sign-in") }
        return staff
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await QueueScope.load(try staff(context), services: services)
        let filters = QueueFilters(fields: FormBody.parseURLEncoded(request.uri.query ?? ""))
        let (session, cookie) = try await pages.browserSession(request, context)
        return try await render(filters, scope, context, csrf: session.csrfToken).setting(cookie)
    }

    /// The queue page; with `errors` (from the filters or a bulk action), the filters and those errors but no list.
    func render(_ filters: QueueFilters, _ scope: QueueScope, _ context: AppRequestContext, csrf: String, errors: [FieldError] = [],
                bulkFields: [String: String] = [:]) async throws -> Response {
        let errors = filters.errors + errors
        let page = filters.errors.isEmpty ? try await queue.search(scope.query(filters)) : .empty
        return pages.page(context, path: "/backoffice", title: "Cases", errors: errors,
                          status: errors.isEmpty ? .ok : .unprocessableContent) { parts in
            var view = QueuePage(parts: parts, filters: filters, scope: scope)
            view.heading()
            view.filterForm(errors: errors)
            if filters.errors.isEmpty {
                view.results(page, csrf: csrf, errors: errors, bulkFields: bulkFields)
            }
            parts = view.parts
        }
    }
}
