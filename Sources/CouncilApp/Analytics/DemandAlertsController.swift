import Domain
import Foundation
import Hummingbird
import Views

/// `/analytics/alerts`: the early warning's alerts for analysts and strategy leads (an analyst granted some services
/// sees theirs), and acknowledging one (a form post with the session's CSRF token, audited).
struct DemandAlertsController {
    let services: AppServices
    let rule: DemandRule
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let alerts = router.group("analytics/alerts").staffArea()
        alerts.get(use: list)
        alerts.post("{id}/acknowledge", use: acknowledge)
    }

    @Sendable func list(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        let titles = Dictionary(try await services.catalogue.current().map { ($0.slug, $0.definition.title.text(context.language)) },
                                uniquingKeysWith: { first, _ in first })
        let areas = try await services.demandAlerts.areaNames()
        let alerts = try await services.demandAlerts.alerts(services: context.staff.access.analyticsServices, limit: 500).map { alert in
            DemandAlertsPage.Alert(
                id: alert.id, service: titles[alert.serviceSlug] ?? alert.serviceSlug, area: areas[alert.area] ?? alert.area,
                day: CalendarDay(dayNumber: alert.day), observed: alert.observed, expected: alert.expected, threshold: alert.threshold,
                raisedAt: alert.raisedAt, acknowledgedAt: alert.acknowledgedAt
            )
        }
        return DemandAlertsPage(
            layout: context.layout(title: Phrase.alertsTitle(context.language), path: "/analytics/alerts"), csrfToken: session.csrfToken,
            alerts: alerts, rule: rule, acknowledged: request.uri.queryParameters.get("acknowledged").flatMap { Int64($0) }
        ).response(cookies: [cookie])
    }

    @Sendable func acknowledge(_ request: Request, context: StaffRequestContext) async throws -> Response {
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        _ = try await pages.postedForm(request, context.site)
        let now = services.clock.now()
        // An analyst granted some services only acknowledges their alerts.
        if let scope = context.staff.access.analyticsServices,
           !(try await services.demandAlerts.alerts(services: scope, limit: 10_000).contains { $0.id == id }) {
            throw HTTPError(.notFound, message: "No such alert waiting to be acknowledged.")
        }
        guard try await services.demandAlerts.acknowledge(id: id, by: context.actor, at: now) else {
            throw HTTPError(.notFound, message: "No such alert waiting to be acknowledged.")
        }
        try await services.identity.audit.record(AuditEntry(at: now, actor: context.actor, action: .analyticsAlertAcknowledged,
                                                            subject: "demand-alert:\(id)", ipAddress: context.site.remoteAddress))
        return .seeOther("/analytics/alerts?acknowledged=\(id)")
    }
}
