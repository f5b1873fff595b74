import Domain
import Foundation
import Hummingbird
import Views

/// The first pages of each staff area, each behind its role check (the cases queue is `QueueController`, field work
/// `FieldController`): figures for analysts and strategy leads, services for designers. Later work fills
/// the areas out; what is here already shows only what the role allows.
struct StaffAreasController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        let backOffice = router.group("backoffice").staffArea()
        backOffice.get("analytics", use: analytics)
        backOffice.get("strategy", use: strategy)
        router.group("designer").staffArea().get(use: designer)
    }

    @Sendable func analytics(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let counts = try await services.caseQueries.countsByServiceAndStatus()
        var titles: [String: String] = [:]
        for service in try await services.catalogue.current() { titles[service.slug] = service.definition.title.text(context.language) }
        return AnalyticsPage(
            layout: context.layout(title: Phrase.navAnalytics(context.language), path: "/backoffice/analytics"),
            counts: counts.map { AnalyticsPage.Count(service: titles[$0.slug] ?? $0.slug, status: $0.status, cases: $0.count) }
        ).response()
    }

    @Sendable func strategy(_ request: Request, context: StaffRequestContext) async throws -> Response {
        StrategyPage(layout: context.layout(title: Phrase.strategyMeasures(context.language), path: "/backoffice/strategy"),
                     channels: try await services.caseQueries.submissionsByChannel().map { ($0.channel, $0.count) }).response()
    }

    @Sendable func designer(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let current = try await services.catalogue.current()
        return DesignerServicesPage(
            layout: context.layout(title: Phrase.navDesigner(context.language), path: "/designer"),
            services: current.map {
                DesignerServicesPage.Service(slug: $0.slug, title: $0.definition.title.text(context.language), version: $0.version, publishedAt: $0.publishedAt)
            }
        ).response()
    }
}
