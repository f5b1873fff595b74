import Domain
import Foundation
import Testing
@testable import Views

/// The analyst's dashboards, each with figures and (for some) with the filter's problems, in English and Gaelic.
@Suite struct AnalyticsDashboardsSnapshotTests {
    static let period = (from: CalendarDay(year: 2026, month: 10, day: 29), to: CalendarDay(year: 2026, month: 11, day: 25))
    static let services = [ServiceChoice(slug: "hardship-fund", title: "Apply for a hardship payment"),
                           ServiceChoice(slug: "report-a-pothole", title: "Report a pothole")]
    static let areas = [AnalyticsArea(code: "W1", name: "Harbour ward"), AnalyticsArea(code: "W2", name: "Hill ward")]

    static func filter(channel: Bool = false, errors: [FieldError] = []) -> AnalyticsFilterForm {
        AnalyticsFilterForm(from: "2026-10-29", to: "2026-11-25", service: "", area: "W1", channel: "", services: services, areas: areas,
                            showsChannel: channel, errors: errors, query: "area=W1")
    }

    static func layout(_ language: Language, _ dashboard: AnalyticsDashboard, errors: Bool = false) -> LayoutModel {
        MockLayout.staff(language, title: dashboard.title(language), path: dashboard.path, roles: [.analyst], errors: errors)
    }

    @Test func overview() {
        let cost = CostPerTransaction(submitted: [MeasureCount(measure: "submitted", service: "a", channel: "online", count: 30),
                                                  MeasureCount(measure: "submitted", service: "a", channel: "phone", count: 10)],
                                      costs: [ChannelCost(service: "", channel: .online, pence: 40), ChannelCost(service: "", channel: .phone, pence: 600)])
        assertPageSnapshots({ language in
            AnalyticsOverviewPage(layout: Self.layout(language, .overview), filter: Self.filter(), period: Self.period,
                                  figures: .init(cost: cost, ratings: 20, satisfied: 15, started: 50, completed: 38, online: 30, submitted: 40))
        }, named: "full")
        assertPageSnapshots({ language in
            let error = FieldError(questionID: "from", message: Phrase.anErrorFrom(language))
            return AnalyticsOverviewPage(layout: Self.layout(language, .overview, errors: true), filter: Self.filter(errors: [error]), period: nil, figures: nil)
        }, named: "errors")
    }

    @Test func demand() {
        assertPageSnapshots({ language in
            AnalyticsDemandPage(layout: Self.layout(language, .demand), filter: Self.filter(channel: true), period: Self.period, stepSize: .week,
                                steps: [.init(start: Self.period.from, byChannel: [.online: 12, .phone: 3]),
                                        .init(start: Self.period.from.adding(days: 7), byChannel: [.online: 20])],
                                services: [.init(title: "Apply for a hardship payment", byChannel: [.online: 32, .phone: 3])])
        }, named: "full")
    }

    @Test func completion() {
        assertPageSnapshots({ language in
            AnalyticsCompletionPage(
                layout: Self.layout(language, .completion), filter: Self.filter(), period: Self.period,
                rows: [.init(slug: "report-a-pothole", title: "Report a pothole", version: 2, started: 40, submitted: 30)],
                funnel: .init(key: "report-a-pothole:2", title: "Report a pothole", version: 2, started: 40,
                              pages: [.init(title: "Is anyone in immediate danger?", count: 38), .init(title: "Where is the pothole?", count: 33)],
                              exits: [.init(title: "Report it urgently", count: 2)], errors: [.init(title: "Where is the pothole?: required", count: 7)],
                              submitted: 30)
            )
        }, named: "funnel")
    }

    @Test func satisfaction() {
        assertPageSnapshots({ language in
            AnalyticsSatisfactionPage(layout: Self.layout(language, .satisfaction), filter: Self.filter(), period: Self.period,
                                      ratings: [.verySatisfied: 10, .satisfied: 5, .dissatisfied: 1],
                                      comments: [.init(day: Self.period.to, service: "Report a pothole", rating: .verySatisfied, text: "Fixed in two days <thanks>")])
        }, named: "full")
        assertPageSnapshots({ language in
            AnalyticsSatisfactionPage(layout: Self.layout(language, .satisfaction), filter: Self.filter(), period: Self.period, ratings: [:], comments: [])
        }, named: "empty")
    }

    @Test func costs() {
        let submitted = [MeasureCount(measure: "submitted", service: "a", channel: "online", count: 30)]
        assertPageSnapshots({ language in
            let error = FieldError(questionID: "pence-phone", message: Phrase.anErrorAmount(Channel.phone.boName(language))(language))
            return AnalyticsCostsPage(
                layout: Self.layout(language, .costs, errors: true), filter: Self.filter(), period: Self.period,
                rows: [.init(title: "Report a pothole", cost: CostPerTransaction(submitted: submitted, costs: [ChannelCost(service: "", channel: .online, pence: 45)]))],
                overall: CostPerTransaction(submitted: submitted, costs: []),
                unitCosts: [.init(serviceTitle: nil, channel: .online, pence: 45)], csrfToken: "token",
                form: .init(service: "", amounts: [.online: "0.45", .phone: "lots"], errors: [error]), formServices: Self.services,
                mayEnterDefault: true, saved: false
            )
        }, named: "errors")
    }

    @Test func decisions() {
        assertPageSnapshots({ language in
            AnalyticsDecisionsPage(layout: Self.layout(language, .decisions), filter: Self.filter(), period: Self.period,
                                   rows: [.init(title: "Apply for a hardship payment", times: DecisionTimes(histogram: [2: 5, 9: 4, 20: 1]), inTarget: 8, late: 2)],
                                   overall: nil, backlog: [.init(title: "Apply for a hardship payment", bands: [4, 2, 1, 0])])
        }, named: "full")
    }

    @Test func areas() {
        assertPageSnapshots({ language in
            AnalyticsAreasPage(layout: Self.layout(language, .areas), filter: Self.filter(), period: Self.period,
                               rows: [.init(name: "Harbour ward", submitted: 12, online: 10, started: 14, completed: 11,
                                            times: DecisionTimes(histogram: [3: 2]), inTarget: 2, late: 0, backlog: 5)])
        }, named: "full")
    }
}
