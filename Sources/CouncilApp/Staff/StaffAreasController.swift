import Domain
import Foundation
import Hummingbird
import Persistence
import Views

/// The first pages of each staff area, each behind its role check (the cases queue is `QueueController`, field work
/// `FieldController`): figures for analysts and strategy leads, services for designers. Later work fills
/// the areas out; what is here already shows only what the role allows.
struct StaffAreasController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let guarded = StaffAreaMiddleware()
        let backOffice = router.group("backoffice").add(middleware: guarded)
        backOffice.get("analytics", use: analytics)
        backOffice.get("strategy", use: strategy)
        router.group("designer").add(middleware: guarded).get(use: designer)
    }

    private func staff(_ context: AppRequestContext) throws -> StaffMember {
        guard let staff = context.staff else { throw RedirectError(location: "/staff/sign-in") }
        return staff
    }

    private func titles(_ context: AppRequestContext) async throws -> [String: String] {
        var titles: [String: String] = [:]
        for service in try await services.catalogue.current() { titles[service.slug] = service.definition.title.text(.en) }
        return titles
    }

    private func caseRows(services slugs: Set<String>?, statuses: [String]? = nil) async throws -> [CaseSummary] {
        try await SQLCaseQueries(database: services.database).cases(services: slugs, statuses: statuses, limit: 100)
    }

    @Sendable func analytics(_ request: Request, context: AppRequestContext) async throws -> Response {
        let counts = try await SQLCaseQueries(database: services.database).countsByServiceAndStatus()
        let titles = try await titles(context)
        let table: [[(text: String, href: String?)]] = counts.map { row in [
            (titles[row.slug] ?? row.slug, nil), (row.status, nil), (String(row.count), nil),
        ] }
        return pages.page(context, path: "/backoffice/analytics", title: "Analytics") { page in
            page.heading("Analytics")
            page.paragraph("Counts only: no personal data is shown here.")
            page.table(caption: "Cases by service and status", headers: ["Service", "Status", "Cases"], rows: table)
        }
    }

    @Sendable func strategy(_ request: Request, context: AppRequestContext) async throws -> Response {
        let counts = try await SQLCaseQueries(database: services.database).submissionsByChannel()
        let total = counts.reduce(0) { $0 + $1.1 }
        return pages.page(context, path: "/backoffice/strategy", title: "Strategy measures") { page in
            page.heading("Strategy measures")
            page.table(caption: "Requests by channel (channel shift)", headers: ["Channel", "Requests", "Share"], rows: counts.map { channel, count in [
                (channel, nil), (String(count), nil), (total == 0 ? "–" : String(format: "%.1f%%", Double(count) * 100 / Double(total)), nil),
            ] })
        }
    }

    @Sendable func designer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let current = try await services.catalogue.current()
        return pages.page(context, path: "/designer", title: "Service designer") { page in
            page.heading("Service designer")
            page.paragraph("Published services. Publish a new version with `onecouncil services import FILE` (see the service definitions guide).")
            page.table(caption: "Published services", headers: ["Service", "Address", "Version", "Published", "Messages"], rows: current.map { service in [
                (service.definition.title.text(.en), nil), ("/services/\(service.slug)", "/services/\(service.slug)"),
                (String(service.version), nil), (DisplayDate.dayAndTime(service.publishedAt), nil),
                ("Preview messages", "/designer/services/\(service.slug)/messages"),
            ] })
        }
    }
}
