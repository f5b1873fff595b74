import Domain
import Foundation
import Hummingbird
import Views

/// The public figures: `/open-data` (the datasets, each as CSV and JSON at a stable address, and the DCAT catalogue)
/// and `/performance/{slug}` (a live public service's four KPIs by month). Counts only, suppressed
/// (docs/open-data.md); nobody needs to sign in.
struct OpenDataController {
    let services: AppServices
    let publicURL: String
    let figures: OpenDataFigures

    static let requestsByArea = "requests-by-area"
    static let servicePerformance = "service-performance"

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("open-data", use: index)
        router.get("open-data/:file", use: file)
        router.get("performance/:slug", use: performance)
    }

    /// Live services open to everyone: the ones whose figures are public.
    private func publicServices() async throws -> [PublishedService] {
        try await services.catalogue.openServices(staff: false, citizen: false)
    }

    private func datasets(_ language: Language) -> [OpenDataPage.Dataset] {
        let rateMeaning = Phrase(en: "a fraction from 0 to 1", gd: "bloigh eadar 0 is 1")(language)
        return [
            OpenDataPage.Dataset(slug: Self.requestsByArea, title: Phrase.requestsByAreaTitle(language), summary: Phrase.requestsByAreaSummary(language), columns: [
                ("service", Phrase(en: "The service's short name, as in its address", gd: "Ainm goirid na seirbheis, mar a tha e san t-seòladh aice")(language)),
                ("month", Phrase(en: "The month, YYYY-MM", gd: "Am mìos, BBBB-MM")(language)),
                ("area_code", Phrase(en: "The ward's code; all for every area together, unknown where the area is not known",
                                     gd: "Còd an uàird; all airson gach sgìre còmhla, unknown far nach eil fios air an sgìre")(language)),
                ("area_name", Phrase(en: "The ward's name", gd: "Ainm an uàird")(language)),
                ("submissions", Phrase(en: "Requests made, on every channel", gd: "Iarrtasan a chaidh a dhèanamh, air gach seanail")(language)),
                ("completion_rate", Phrase(en: "Requests sent online per journey started online: ", gd: "Iarrtasan air-loidhne airson gach turas a thòisich air-loidhne: ")(language) + rateMeaning),
                ("decided", Phrase(en: "Cases that reached a decision", gd: "Cùisean a ràinig co-dhùnadh")(language)),
                ("median_days_to_decide", Phrase(en: "The median calendar days from request to decision", gd: "Am meadhan de làithean mìosachain bho iarrtas gu co-dhùnadh")(language)),
            ]),
            OpenDataPage.Dataset(slug: Self.servicePerformance, title: Phrase.servicePerformanceTitle(language), summary: Phrase.servicePerformanceSummary(language), columns: [
                ("service", Phrase(en: "The service's short name", gd: "Ainm goirid na seirbheis")(language)),
                ("month", Phrase(en: "The month, YYYY-MM", gd: "Am mìos, BBBB-MM")(language)),
                ("submissions", Phrase(en: "Requests made, on every channel", gd: "Iarrtasan a chaidh a dhèanamh, air gach seanail")(language)),
                ("completion_rate", Phrase.performanceCompletionMeaning(language) + " (" + rateMeaning + ")"),
                ("user_satisfaction", Phrase.performanceSatisfactionMeaning(language) + " (" + rateMeaning + ")"),
                ("digital_take_up", Phrase.performanceTakeUpMeaning(language) + " (" + rateMeaning + ")"),
                ("cost_per_transaction_pence", Phrase.performanceCostMeaning(language) + " (" + Phrase(en: "pence", gd: "sgillinn")(language) + ")"),
            ]),
        ]
    }

    @Sendable func index(_ request: Request, context: AppRequestContext) async throws -> Response {
        let language = context.language
        let layout = PageLayout(language: language, path: "/open-data", title: Phrase.openDataTitle(language), headerLinks: context.headerLinks)
        return OpenDataPage(layout: layout.model, datasets: datasets(language), threshold: figures.threshold,
                            services: try await publicServices().map { ($0.definition.title.text(language), $0.slug) }).response()
    }

    @Sendable func file(_ request: Request, context: AppRequestContext) async throws -> Response {
        let name = try context.parameters.require("file")
        let slugs = Set(try await publicServices().map(\.slug))
        let loaded = try await figures.figures()
        let body: String, type: String
        switch name {
        case "catalogue.jsonld":
            let english = datasets(.en)
            body = OpenDataCatalogue.jsonld(
                baseURL: publicURL, publisher: Phrase.council(.en),
                datasets: english.map { OpenDataCatalogue.Dataset(slug: $0.slug, title: $0.title, description: $0.summary,
                                                                  keywords: ["council services", "performance", "open data"]) },
                from: CalendarDay(dayNumber: loaded.fromDay), to: CalendarDay(dayNumber: loaded.toDay))
            type = "application/ld+json"
        case "\(Self.requestsByArea).csv", "\(Self.requestsByArea).json":
            var table = loaded.requestsByArea
            table.rows = table.rows.filter { slugs.contains($0.service) }
            (body, type) = name.hasSuffix(".csv") ? (OpenDataFiles.requestsByAreaCSV(table), "text/csv; charset=utf-8")
                                                   : (OpenDataFiles.requestsByAreaJSON(table), "application/json")
        case "\(Self.servicePerformance).csv", "\(Self.servicePerformance).json":
            var performances: [ServicePerformance] = []
            for slug in slugs.sorted() { performances.append(try await figures.performance(service: slug)) }
            (body, type) = name.hasSuffix(".csv") ? (OpenDataFiles.servicePerformanceCSV(performances), "text/csv; charset=utf-8")
                                                   : (OpenDataFiles.servicePerformanceJSON(performances, threshold: figures.threshold), "application/json")
        default:
            throw HTTPError(.notFound)
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=60"
        if name.hasSuffix(".csv") { headers[.contentDisposition] = "inline; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    @Sendable func performance(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard let service = try await publicServices().first(where: { $0.slug == slug }) else { throw HTTPError(.notFound) }
        let language = context.language
        let title = service.definition.title.text(language)
        let layout = PageLayout(language: language, path: "/performance/\(slug)", title: Phrase.performanceTitle(title)(language),
                                backLink: "/open-data", headerLinks: context.headerLinks)
        return PerformancePage(layout: layout.model, serviceTitle: title, months: try await figures.performance(service: slug).months,
                               threshold: figures.threshold).response()
    }
}
