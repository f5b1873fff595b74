import Domain
import Foundation
import Hummingbird
import Views

/// Builds each dashboard's page model from the counters: one request's filter, services and areas, worked out once.
struct AnalyticsDashboards: Sendable {
    let services: AppServices
    let language: Language
    let filter: AnalyticsFilter
    let choices: [ServiceChoice]
    let areaList: [AnalyticsArea]
    let titles: [String: String]
    let published: [PublishedService]
    let areaNames: [String: String]

    var queries: any AnalyticsQueries { services.analytics }

    /// The filter, the services this person may see and the council's areas, for one request.
    /// `language`: the page's, or English for a CSV download (read by other systems too, like the case export).
    static func load(_ request: Request, _ context: StaffRequestContext, services: AppServices, language: Language) async throws -> AnalyticsDashboards {
        let allowed = context.staff.access.analyticsServices
        let published = try await services.catalogue.current().filter { allowed?.contains($0.slug) ?? true }
        let choices = published.map { ServiceChoice(slug: $0.slug, title: $0.definition.title.text(language)) }
            .sorted { $0.title < $1.title }
        let areas = try await services.analytics.areas()
        let filter = AnalyticsFilter(fields: GETForm(request).fields, today: services.today(), allowed: allowed, offered: choices,
                                     areas: areas, language: language)
        return AnalyticsDashboards(
            services: services, language: language, filter: filter,
            choices: choices, areaList: areas,
            titles: Dictionary(choices.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first }),
            published: published,
            areaNames: Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        )
    }

    func title(_ slug: String) -> String { titles[slug] ?? slug }

    func form(_ showsChannel: Bool) -> AnalyticsFilterForm { filter.form(services: choices, areas: areaList, showsChannel: showsChannel) }

    // MARK: Overview

    func overview(layout: LayoutModel) async throws -> AnalyticsOverviewPage {
        guard let days = filter.days else { return AnalyticsOverviewPage(layout: layout, filter: form(false), period: nil, figures: nil) }
        let counts = try await queries.counts(
            filter.selection([DashboardMeasure.started, DashboardMeasure.submitted, DashboardMeasure.feedback], days: days),
            by: [.service, .channel, .detail])
        let costs = try await queries.channelCosts()
        let journeyChannels = Set(JourneyChannels.all.map(\.rawValue))
        let submitted = counts.filter { $0.measure == DashboardMeasure.submitted }
        let feedback = counts.filter { $0.measure == DashboardMeasure.feedback }
        let figures = AnalyticsOverviewPage.Figures(
            cost: CostPerTransaction(submitted: submitted, costs: costs),
            ratings: feedback.reduce(0) { $0 + $1.count },
            satisfied: feedback.filter { Int($0.detail).flatMap(SatisfactionRating.init(rawValue:))?.isSatisfied == true }.reduce(0) { $0 + $1.count },
            started: counts.filter { $0.measure == DashboardMeasure.started && journeyChannels.contains($0.channel) }.reduce(0) { $0 + $1.count },
            completed: submitted.filter { journeyChannels.contains($0.channel) }.reduce(0) { $0 + $1.count },
            online: submitted.filter { $0.channel == Channel.online.rawValue }.reduce(0) { $0 + $1.count },
            submitted: submitted.reduce(0) { $0 + $1.count }
        )
        return AnalyticsOverviewPage(layout: layout, filter: form(false), period: filter.period, figures: figures)
    }

    // MARK: Demand

    func demand(layout: LayoutModel) async throws -> AnalyticsDemandPage {
        guard let days = filter.days else {
            return AnalyticsDemandPage(layout: layout, filter: form(true), period: nil, stepSize: .day, steps: [], services: [])
        }
        let counts = try await queries.counts(filter.selection([DashboardMeasure.submitted], days: days, byChannel: true),
                                              by: [.day, .channel, .service])
        let size = DayBucketSize.fitting(days)
        var bySteps: [Int: [Channel: Int]] = [:]
        var byService: [String: [Channel: Int]] = [:]
        for count in counts {
            guard let channel = Channel(rawValue: count.channel) else { continue }
            bySteps[size.start(of: count.day, periodStart: days.lowerBound), default: [:]][channel, default: 0] += count.count
            byService[count.service, default: [:]][channel, default: 0] += count.count
        }
        let steps = size.starts(days).map { AnalyticsDemandPage.Step(start: CalendarDay(dayNumber: $0), byChannel: bySteps[$0] ?? [:]) }
        let rows = byService.map { AnalyticsDemandPage.ServiceRow(title: title($0.key), byChannel: $0.value) }.sorted { $0.title < $1.title }
        return AnalyticsDemandPage(layout: layout, filter: form(true), period: filter.period, stepSize: size, steps: steps, services: rows)
    }

    // MARK: Completion and the funnel

    func completion(layout: LayoutModel, funnel funnelKey: String) async throws -> AnalyticsCompletionPage {
        guard let days = filter.days else { return AnalyticsCompletionPage(layout: layout, filter: form(false), period: nil, rows: [], funnel: nil) }
        let journeyChannels = JourneyChannels.all.map(\.rawValue)
        var selection = filter.selection([DashboardMeasure.started, DashboardMeasure.submitted], days: days)
        selection.channels = journeyChannels
        var versions: [String: (slug: String, version: Int, started: Int, submitted: Int)] = [:]
        for count in try await queries.counts(selection, by: [.service, .version]) {
            let key = "\(count.service):\(count.version)"
            var row = versions[key] ?? (count.service, count.version, 0, 0)
            if count.measure == DashboardMeasure.started { row.started += count.count } else { row.submitted += count.count }
            versions[key] = row
        }
        let rows = versions.values
            .map { AnalyticsCompletionPage.Row(slug: $0.slug, title: title($0.slug), version: $0.version, started: $0.started, submitted: $0.submitted) }
            .sorted { ($0.title, $0.version) < ($1.title, $1.version) }
        let funnel = try await self.funnel(funnelKey, days: days, channels: journeyChannels)
        return AnalyticsCompletionPage(layout: layout, filter: form(false), period: filter.period, rows: rows, funnel: funnel)
    }

    /// `slug:version`, if this person may see the service and that version exists.
    private func funnel(_ key: String, days: ClosedRange<Int>, channels: [String]) async throws -> AnalyticsCompletionPage.Funnel? {
        let parts = key.split(separator: ":")
        guard parts.count == 2, let version = Int(parts[1]) else { return nil }
        let slug = String(parts[0])
        guard titles[slug] != nil, filter.services?.contains(slug) ?? true,
              let service = try await services.catalogue.version(slug: slug, version: version) else { return nil }
        let definition = service.definition
        var selection = filter.selection([DashboardMeasure.started, DashboardMeasure.page, DashboardMeasure.exit, DashboardMeasure.error,
                                          DashboardMeasure.submitted], days: days)
        selection.services = [slug]
        selection.versions = [version]
        selection.channels = channels
        var totals: [String: Int] = [:]
        for count in try await queries.counts(selection, by: [.detail]) { totals["\(count.measure)/\(count.detail)", default: 0] += count.count }
        let pages = definition.pages.filter { !$0.isExit }.map {
            AnalyticsCompletionPage.Funnel.Step(title: $0.heading.text(language), count: totals["\(DashboardMeasure.page)/\($0.id)"] ?? 0)
        }
        let exits = definition.pages.filter(\.isExit).map {
            AnalyticsCompletionPage.Funnel.Step(title: $0.heading.text(language), count: totals["\(DashboardMeasure.exit)/\($0.id)"] ?? 0)
        }.filter { $0.count > 0 }
        var questions: [String: String] = [:]
        for page in definition.pages { for question in page.questions { questions[question.id] = question.label.text(language) } }
        let errorPrefix = "\(DashboardMeasure.error)/"
        let errors = totals.filter { $0.key.hasPrefix(errorPrefix) }
            .map { key, count -> AnalyticsCompletionPage.Funnel.Step in
                let detail = key.dropFirst(errorPrefix.count)
                let question = String(detail.prefix { $0 != ":" })
                let code = detail.drop { $0 != ":" }.dropFirst()
                return .init(title: "\(questions[question] ?? question): \(code)", count: count)
            }
            .sorted { ($1.count, $0.title) < ($0.count, $1.title) }
        return AnalyticsCompletionPage.Funnel(
            key: "\(slug):\(version)", title: title(slug), version: version, started: totals["\(DashboardMeasure.started)/"] ?? 0,
            pages: pages, exits: exits, errors: Array(errors.prefix(10)), submitted: totals["\(DashboardMeasure.submitted)/"] ?? 0
        )
    }

    // MARK: Satisfaction

    /// The comments shown are recorded on the audit trail by the caller.
    func satisfaction(layout: LayoutModel, withComments: Bool) async throws -> AnalyticsSatisfactionPage {
        guard let days = filter.days else {
            return AnalyticsSatisfactionPage(layout: layout, filter: form(false), period: nil, ratings: [:], comments: [])
        }
        var ratings: [SatisfactionRating: Int] = [:]
        for count in try await queries.counts(filter.selection([DashboardMeasure.feedback], days: days), by: [.detail]) {
            if let rating = Int(count.detail).flatMap(SatisfactionRating.init(rawValue:)) { ratings[rating, default: 0] += count.count }
        }
        // Feedback rows carry no area, so an area's view has no comments rather than everyone's.
        let comments = withComments && filter.area.isEmpty ? try await queries.comments(services: filter.services, days: days, limit: 20) : []
        return AnalyticsSatisfactionPage(
            layout: layout, filter: form(false), period: filter.period, ratings: ratings,
            comments: comments.map { .init(day: $0.day, service: title($0.service), rating: SatisfactionRating(rawValue: $0.rating), text: $0.comment) }
        )
    }

    // MARK: Costs

    func costs(layout: LayoutModel, csrf: String, form costForm: AnalyticsCostsPage.CostForm?, costService: String, saved: Bool,
               access: StaffAccess) async throws -> AnalyticsCostsPage {
        let costs = try await queries.channelCosts()
        let scope = access.analyticsServices
        let visibleCosts = costs.filter { $0.service.isEmpty || (scope?.contains($0.service) ?? true) }
        let formServices = published.map { ServiceChoice(slug: $0.slug, title: $0.definition.title.text(language)) }.sorted { $0.title < $1.title }
        let mayEnterDefault = scope == nil
        let chosen = costForm?.service ?? (mayEnterDefault ? costService : (formServices.contains { $0.slug == costService } ? costService : formServices.first?.slug ?? ""))
        let amounts = Dictionary(costs.filter { $0.service == chosen }.map { ($0.channel, String(format: "%.2f", Double($0.pence) / 100)) },
                                 uniquingKeysWith: { first, _ in first })
        var rows: [AnalyticsCostsPage.Row] = []
        var overall: CostPerTransaction?
        if let days = filter.days {
            let submitted = try await queries.counts(filter.selection([DashboardMeasure.submitted], days: days), by: [.service, .channel])
            overall = CostPerTransaction(submitted: submitted, costs: costs)
            rows = Dictionary(grouping: submitted, by: \.service)
                .map { AnalyticsCostsPage.Row(title: title($0.key), cost: CostPerTransaction(submitted: $0.value, costs: costs)) }
                .sorted { $0.title < $1.title }
        }
        return AnalyticsCostsPage(
            layout: layout, filter: form(false), period: filter.period, rows: rows, overall: overall,
            unitCosts: visibleCosts.map { .init(serviceTitle: $0.service.isEmpty ? nil : title($0.service), channel: $0.channel, pence: $0.pence) },
            csrfToken: csrf, form: costForm ?? .init(service: chosen, amounts: amounts), formServices: formServices,
            mayEnterDefault: mayEnterDefault, saved: saved
        )
    }

    // MARK: Decisions and backlog

    func decisions(layout: LayoutModel) async throws -> AnalyticsDecisionsPage {
        guard let days = filter.days else {
            return AnalyticsDecisionsPage(layout: layout, filter: form(false), period: nil, rows: [], overall: nil, backlog: [])
        }
        let counts = try await queries.counts(
            filter.selection([DashboardMeasure.decided, DashboardMeasure.inTarget, DashboardMeasure.late], days: days), by: [.service, .detail])
        let rows = Dictionary(grouping: counts, by: \.service).map { slug, counts in decisionRow(title(slug), counts) }.sorted { $0.title < $1.title }
        let overall = rows.count > 1 ? decisionRow(Phrase.anAllServices(language), counts) : nil
        let backlog = try await queries.backlog(openStatuses: openStatuses(), area: filter.area.isEmpty ? nil : filter.area, byArea: false,
                                                bandStarts: BacklogBand.starts(today: services.today()))
        return AnalyticsDecisionsPage(layout: layout, filter: form(false), period: filter.period, rows: rows, overall: overall,
                                      backlog: backlog.map { .init(title: title($0.service), bands: $0.bands) }.sorted { $0.title < $1.title })
    }

    private func decisionRow(_ title: String, _ counts: [MeasureCount]) -> AnalyticsDecisionsPage.Row {
        AnalyticsDecisionsPage.Row(
            title: title, times: DecisionTimes(histogram: DecisionTimes.histogram(counts)),
            inTarget: counts.filter { $0.measure == DashboardMeasure.inTarget }.reduce(0) { $0 + $1.count },
            late: counts.filter { $0.measure == DashboardMeasure.late }.reduce(0) { $0 + $1.count }
        )
    }

    /// The statuses of each service (of those the filter covers) that are not final in its current workflow.
    private func openStatuses() -> [String: [String]] {
        var open: [String: [String]] = [:]
        for service in published where filter.services?.contains(service.slug) ?? true {
            open[service.slug] = service.definition.workflow.states.filter { !$0.isFinal }.map(\.id)
        }
        return open
    }

    // MARK: Areas

    func areas(layout: LayoutModel) async throws -> AnalyticsAreasPage {
        guard let days = filter.days else { return AnalyticsAreasPage(layout: layout, filter: form(false), period: nil, rows: []) }
        let counts = try await queries.counts(
            filter.selection([DashboardMeasure.submitted, DashboardMeasure.started, DashboardMeasure.decided, DashboardMeasure.inTarget,
                              DashboardMeasure.late], days: days),
            by: [.area, .channel, .detail])
        let backlog = try await queries.backlog(openStatuses: openStatuses(), area: filter.area.isEmpty ? nil : filter.area, byArea: true,
                                                bandStarts: BacklogBand.starts(today: services.today()))
        var open: [String: Int] = [:]
        for row in backlog { open[row.area, default: 0] += row.total }
        let journeyChannels = Set(JourneyChannels.all.map(\.rawValue))
        let codes = Set(counts.map(\.area)).union(open.keys)
        let rows = codes.map { code -> AnalyticsAreasPage.Row in
            let here = counts.filter { $0.area == code }
            let sum = { (measure: String, include: (MeasureCount) -> Bool) in here.filter { $0.measure == measure && include($0) }.reduce(0) { $0 + $1.count } }
            return AnalyticsAreasPage.Row(
                name: code.isEmpty ? Phrase.anAreaUnknown(language) : areaNames[code] ?? code,
                submitted: sum(DashboardMeasure.submitted) { _ in true },
                online: sum(DashboardMeasure.submitted) { $0.channel == Channel.online.rawValue },
                started: sum(DashboardMeasure.started) { journeyChannels.contains($0.channel) },
                completed: sum(DashboardMeasure.submitted) { journeyChannels.contains($0.channel) },
                times: DecisionTimes(histogram: DecisionTimes.histogram(here)),
                inTarget: sum(DashboardMeasure.inTarget) { _ in true }, late: sum(DashboardMeasure.late) { _ in true },
                backlog: open[code] ?? 0
            )
        }
        // Named areas by name, then "area not known" last.
        let sorted = rows.sorted { ($0.name == Phrase.anAreaUnknown(language) ? 1 : 0, $0.name) < ($1.name == Phrase.anAreaUnknown(language) ? 1 : 0, $1.name) }
        return AnalyticsAreasPage(layout: layout, filter: form(false), period: filter.period, rows: sorted)
    }
}
