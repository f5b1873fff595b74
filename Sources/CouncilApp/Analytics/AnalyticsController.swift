import Domain
import Foundation
import Hummingbird
import NIOCore
import Views

/// `/analytics`: the analyst's dashboards (analysts, limited to the services their grants name, and strategy leads).
/// Each page answers `?format=csv&table=…` with that table as a CSV file. The old `/backoffice/analytics` redirects.
struct AnalyticsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let analytics = router.group("analytics").staffArea()
        analytics.get { request, context in try await show(.overview, request, context) }
        for dashboard in AnalyticsDashboard.allCases where dashboard != .overview {
            analytics.get(RouterPath(dashboard.rawValue)) { request, context in try await show(dashboard, request, context) }
        }
        analytics.post("costs", use: saveCosts)
        router.get("backoffice/analytics") { request, _ in
            FieldController.moved(request, to: "/analytics", status: .movedPermanently)
        }
    }

    @Sendable func show(_ dashboard: AnalyticsDashboard, _ request: Request, _ context: StaffRequestContext) async throws -> Response {
        let form = GETForm(request)
        if form.value("format") == "csv" { return try await csv(dashboard, table: form.value("table"), request, context) }
        let dashboards = try await AnalyticsDashboards.load(request, context, services: services, language: context.language)
        let layout = context.layout(title: dashboard.title(context.language), path: dashboard.path, errors: dashboards.filter.errors,
                                    keepQuery: Self.kept(dashboards.filter.query, funnel: form.value("funnel")))
        let status: HTTPResponse.Status = dashboards.filter.errors.isEmpty ? .ok : .badRequest
        switch dashboard {
        case .overview: return try await dashboards.overview(layout: layout).response(status: status)
        case .demand: return try await dashboards.demand(layout: layout).response(status: status)
        case .completion: return try await dashboards.completion(layout: layout, funnel: form.value("funnel")).response(status: status)
        case .satisfaction:
            let page = try await dashboards.satisfaction(layout: layout, withComments: true)
            if !page.comments.isEmpty {
                // Citizens' own words: who read them, and which, is on the record.
                try await services.identity.record(context.site, .analyticsCommentsViewed,
                                                   detail: "\(page.comments.count) comments; \(dashboards.filter.query)")
            }
            return page.response(status: status)
        case .costs:
            let (session, cookie) = try await pages.browserSession(request, context.site)
            return try await dashboards.costs(layout: layout, csrf: session.csrfToken, form: nil, costService: form.value("cost-service"),
                                              saved: form.value("saved") == "1", access: context.staff.access)
                .response(status: status, cookies: [cookie])
        case .decisions: return try await dashboards.decisions(layout: layout).response(status: status)
        case .areas: return try await dashboards.areas(layout: layout).response(status: status)
        }
    }

    /// The address fields the language switch keeps: the filter, and the funnel shown.
    static func kept(_ query: String, funnel: String) -> String {
        let fields = [query, funnel.isEmpty ? "" : "funnel=\(AnalyticsFilterForm.encode(funnel))"].filter { !$0.isEmpty }
        return fields.isEmpty ? "" : fields.joined(separator: "&") + "&"
    }

    /// One table of a dashboard as CSV, in English, each cell made safe to open in a spreadsheet (`CSVLine`).
    func csv(_ dashboard: AnalyticsDashboard, table id: String, _ request: Request, _ context: StaffRequestContext) async throws -> Response {
        let dashboards = try await AnalyticsDashboards.load(request, context, services: services, language: .en)
        if let problem = dashboards.filter.errors.first { throw HTTPError(.badRequest, message: problem.message) }
        var layout = context.layout(title: dashboard.title(.en), path: dashboard.path)
        layout.language = .en
        let table: AnalyticsTable?
        switch dashboard {
        case .overview: table = try await dashboards.overview(layout: layout).table(id)
        case .demand: table = try await dashboards.demand(layout: layout).table(id)
        case .completion: table = try await dashboards.completion(layout: layout, funnel: GETForm(request).value("funnel")).table(id)
        case .satisfaction: table = try await dashboards.satisfaction(layout: layout, withComments: false).table(id)
        case .costs:
            table = try await dashboards.costs(layout: layout, csrf: "", form: nil, costService: "", saved: false, access: context.staff.access).table(id)
        case .decisions: table = try await dashboards.decisions(layout: layout).table(id)
        case .areas: table = try await dashboards.areas(layout: layout).table(id)
        }
        guard let table else { throw HTTPError(.notFound, message: "This dashboard has no table called \(id).") }
        var text = CSVLine.make(table.headers)
        for row in table.rows { text += CSVLine.make(row) }
        let period = dashboards.filter.period.map { "-\($0.from.iso)-to-\($0.to.iso)" } ?? ""
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"analytics-\(dashboard.rawValue)-\(table.id)\(period).csv\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// POST /analytics/costs: unit costs per channel for the default or one service, in pounds; an empty box removes
    /// that cost. Refused without the form's token; problems are shown on the form; every change is audited.
    @Sendable func saveCosts(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context.site)
        let language = context.language
        let scope = context.staff.access.analyticsServices
        let service = form.value("cost-service")
        let entry = UnitCostEntry(service: service, amounts: Dictionary(Channel.allCases.map { ($0, form.value("pence-\($0.rawValue)")) },
                                                                         uniquingKeysWith: { first, _ in first }))
        var errors = entry.errors(language)
        let known = try await services.catalogue.current(slug: service) != nil
        if service.isEmpty ? scope != nil : (!known || !(scope?.contains(service) ?? true)) {
            errors.insert(FieldError(questionID: "cost-service", message: Phrase.anErrorCostService(language)), at: 0)
        }
        guard errors.isEmpty else {
            let dashboards = try await AnalyticsDashboards.load(request, context, services: services, language: language)
            let layout = context.layout(title: AnalyticsDashboard.costs.title(language), path: AnalyticsDashboard.costs.path, errors: errors)
            return try await dashboards.costs(layout: layout, csrf: session.csrfToken,
                                              form: .init(service: service, amounts: entry.amounts, errors: errors), costService: service,
                                              saved: false, access: context.staff.access)
                .response(status: .unprocessableContent)
        }
        let now = services.clock.now()
        for (channel, pence) in entry.pence.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try await services.analytics.setChannelCost(service: service, channel: channel, pence: pence, by: context.actor, at: now)
        }
        try await services.identity.record(context.site, .analyticsUnitCostsChanged, subject: service.isEmpty ? "default" : "service:\(service)",
                                           detail: entry.summary)
        return .seeOther("/analytics/costs?saved=1&cost-service=\(AnalyticsFilterForm.encode(service))")
    }
}
