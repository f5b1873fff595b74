import Domain
import Foundation
import Hummingbird
import Views

/// The first pages of each staff area, each behind its role check (the cases queue is `QueueController`, field work
/// `FieldController`): strategy figures, services for designers (the analysts' dashboards are `AnalyticsController`). Later work fills
/// the areas out; what is here already shows only what the role allows.
struct StaffAreasController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        let backOffice = router.group("backoffice").staffArea()
        backOffice.get("strategy", use: strategy)
        router.group("designer").staffArea().get(use: designer)
    }

    @Sendable func strategy(_ request: Request, context: StaffRequestContext) async throws -> Response {
        StrategyPage(layout: context.layout(title: Phrase.strategyMeasures(context.language), path: "/backoffice/strategy"),
                     channels: try await services.caseQueries.submissionsByChannel().map { ($0.channel, $0.count) }).response()
    }

    @Sendable func designer(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let now = services.clock.now()
        let designer = ServiceDesigner(actor: context.actor, access: context.staff.access)
        let current = Dictionary(try await services.catalogue.current().map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        return DesignerServicesPage(
            layout: context.layout(title: Phrase.navDesigner(context.language), path: "/designer"),
            services: try await services.serviceDesign.services(for: designer).map { overview in
                let shown = overview.status.current(at: now) ?? overview.status.versions.max { $0.version < $1.version }
                return DesignerServicesPage.Service(
                    slug: overview.slug, title: current[overview.slug]?.definition.title.text(context.language) ?? overview.title,
                    version: shown?.version ?? 0, publishedAt: shown?.publishedAt ?? now, state: overview.state,
                    versionCount: overview.versionCount
                )
            }
        ).response()
    }
}
