import Domain
import Foundation
import Hummingbird
import Views

/// The case officer's workspace at /backoffice: three queues (mine, unassigned in my services, all of my services),
/// filters and search, keyset pages, bulk actions on a selection and a CSV export of the filtered list. Every list
/// comes from one repository method, scoped to the services the person may handle.
struct QueueController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var queue: any CaseQueue { services.caseQueue }

    func addRoutes(to router: Router<AppRequestContext>) {
        let backOffice = router.group("backoffice").staffArea()
        backOffice.get(use: list)
        backOffice.post("bulk", use: bulk)
        backOffice.get("export.csv", use: export)
    }

    @Sendable func list(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let scope = try await QueueScope.load(context.staff, services: services, language: context.language)
        let filters = QueueFilters(fields: FormBody.parseURLEncoded(request.uri.query ?? ""), language: context.language)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try await render(filters, scope, context, csrf: session.csrfToken).setting(cookie)
    }

    /// The queue page; with errors in the filters, the filters and those errors but no list; with a bulk action's
    /// error, the list again with the bulk form as it was sent.
    func render(_ filters: QueueFilters, _ scope: QueueScope, _ context: StaffRequestContext, csrf: String, errors: [FieldError] = [],
                bulkFields: [String: String] = [:]) async throws -> Response {
        let errors = filters.errors + errors
        let language = context.language
        var results: CaseQueuePage.Results?
        if filters.errors.isEmpty {
            let found = try await queue.search(scope.query(filters))
            results = CaseQueuePage.Results(
                rows: found.rows.map { row in Self.row(row, scope) }, count: found.count, countIsCapped: found.countIsCapped,
                firstPage: filters.position == .first,
                previous: found.previous.map { filters.address(position: .before($0)) }, next: found.next.map { filters.address(position: .after($0)) },
                exportAddress: filters.address("/backoffice/export.csv"), returnAddress: filters.address(position: filters.position)
            )
        }
        var form = CaseQueuePage.Filters()
        form.text = filters.text
        form.services = Set(filters.services)
        form.statuses = Set(filters.statuses)
        form.channels = Set(filters.channels)
        form.assignee = filters.assignee
        form.target = filters.target
        form.sort = filters.sort
        form.from = filters.from
        form.to = filters.to
        form.district = filters.district
        let page = CaseQueuePage(
            layout: context.layout(title: Phrase.navCases(language), path: "/backoffice", errors: errors),
            serviceTitles: scope.staff.access.caseServices == nil ? nil : scope.titles.values.sorted(),
            queue: filters.queue,
            queueAddresses: Dictionary(uniqueKeysWithValues: CaseQueueKind.allCases.map { ($0, filters.address(queue: $0)) }),
            clearAddress: QueueFilters().address(queue: filters.queue), filters: form,
            serviceOptions: scope.titles.sorted { $0.value < $1.value }.map { ($0.key, $0.value) },
            statusOptions: scope.stateOptions, colleagueOptions: scope.colleagues.map { ("\($0.id)", $0.email) },
            results: results, errors: errors, bulkFields: bulkFields, csrfToken: csrf
        )
        return page.response(status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func row(_ row: CaseQueueRow, _ scope: QueueScope) -> CaseQueuePage.Row {
        CaseQueuePage.Row(
            reference: row.reference, applicantName: row.applicantName, applicantEmail: row.applicantEmail,
            service: scope.serviceTitle(row.serviceSlug), status: scope.statusLabel(row),
            target: scope.window.state(dueDay: row.dueDay, met: row.targetMetAt != nil), due: row.dueDate,
            assignee: row.assigneeID.map { scope.names[$0] ?? Phrase.boStaffMember($0)(scope.language) },
            channel: row.channel, received: row.createdAt
        )
    }
}
