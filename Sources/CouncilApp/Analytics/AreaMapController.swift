import Domain
import Foundation
import Hummingbird
import Views

/// `/analytics/map`: located requests over the ward boundaries for analysts, filtered by service, status, dates and
/// ward, limited to the services an analyst is granted. The points are where requests were made, so every opening
/// is audited as personal-data access.
struct AreaMapController {
    let services: AppServices
    /// Points drawn at most; the newest first.
    static let cap = 5_000

    func addRoutes(to router: Router<AppRequestContext>) {
        router.group("analytics").staffArea().get("map", use: map)
    }

    @Sendable func map(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let language = context.language
        let fields = FormBody.parseURLEncoded(request.uri.query ?? "")
        func one(_ name: String) -> String { (fields[name]?.first ?? "").trimmingCharacters(in: .whitespaces) }
        var filters = AreaMapPage.Filters(service: one("service"), status: one("status"), from: one("from"), to: one("to"), area: one("area"))
        // An analyst granted some services sees only their cases (StaffAccess.analyticsServices).
        let allowed = context.staff.access.analyticsServices
        let catalogue = try await services.catalogue.current().filter { allowed?.contains($0.slug) ?? true }
        let visible = catalogue.sorted { $0.definition.title.text(language) < $1.definition.title.text(language) }
        if !filters.service.isEmpty, !visible.contains(where: { $0.slug == filters.service }) { filters.service = "" }
        let statuses = Array(Set(visible.flatMap { $0.definition.workflow.states.map(\.id) })).sorted()
        if !filters.status.isEmpty, !statuses.contains(filters.status) { filters.status = "" }
        let areas = try await services.areaBoundaries.boundaries()
        if !filters.area.isEmpty, !areas.contains(where: { $0.code == filters.area }) { filters.area = "" }

        var errors: [FieldError] = []
        let from = CalendarDay(iso: filters.from), to = CalendarDay(iso: filters.to)
        if !filters.from.isEmpty, from == nil { errors.append(FieldError(questionID: "from", message: Phrase.mapErrorFrom(language))) }
        if !filters.to.isEmpty && to == nil || (from != nil && to != nil && (to ?? .init(year: 0, month: 1, day: 1)) < (from ?? .init(year: 0, month: 1, day: 1))) {
            errors.append(FieldError(questionID: "to", message: Phrase.mapErrorTo(language)))
        }
        var found: (cases: [LocatedCase], more: Bool) = ([], false)
        if errors.isEmpty {
            found = try await services.locatedCases.located(LocatedCaseQuery(
                services: allowed, service: filters.service.isEmpty ? nil : filters.service, status: filters.status.isEmpty ? nil : filters.status,
                from: from, to: to, area: filters.area.isEmpty ? nil : filters.area, limit: Self.cap))
            try await services.identity.record(context.site, .staffMapViewed, detail: "\(found.cases.count) points; \(request.uri.query ?? "")")
        }
        return AreaMapPage(
            layout: context.layout(title: Phrase.mapTitle(language), path: "/analytics/map", errors: errors),
            filters: filters, errors: errors, services: visible.map { ($0.slug, $0.definition.title.text(language)) }, statuses: statuses,
            areas: areas, points: found.cases, capped: found.more, cap: Self.cap
        ).response()
    }
}
