import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

@Suite("Analytics: sums of the measure counters, comments, unit costs and the backlog on both engines")
struct AnalyticsQueriesTests {
    static let today = QueueCase.today.dayNumber
    static let hardship = "hardship-fund"
    static let potholes = "report-a-pothole"

    static let counters: [AnalyticsSeed.Counter] = [
        .init(hardship, day: today - 1, DashboardMeasure.submitted, channel: .online, area: "W1", count: 5),
        .init(hardship, day: today - 1, DashboardMeasure.submitted, channel: .phone, area: "W1", count: 2),
        .init(hardship, day: today - 3, DashboardMeasure.submitted, version: 2, channel: .online, area: "W2", count: 4),
        .init(hardship, day: today - 40, DashboardMeasure.submitted, channel: .online, count: 100),
        .init(hardship, day: today - 1, DashboardMeasure.started, channel: .online, area: "W1", count: 9),
        .init(hardship, day: today - 1, DashboardMeasure.page, detail: "about-you", channel: .online, count: 8),
        .init(hardship, day: today - 1, DashboardMeasure.decided, detail: "3", area: "W1", count: 3),
        .init(hardship, day: today - 2, DashboardMeasure.decided, detail: "12", area: "W2", count: 1),
        .init(potholes, day: today, DashboardMeasure.submitted, channel: .api, area: "W2", count: 7),
    ]

    @Test("sums over a day range, grouped as asked, narrowed by service, channel, area and version", arguments: TestDatabase.engines)
    func counts(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await AnalyticsSeed.counters(Self.counters, into: database)
            let queries = SQLAnalyticsQueries(database: database)
            let period = (Self.today - 27)...Self.today
            let byService = try await queries.counts(MeasureSelection(days: period, measures: [DashboardMeasure.submitted]), by: [.service])
            #expect(Set(byService.map { "\($0.service)=\($0.count)" }) == ["\(Self.hardship)=11", "\(Self.potholes)=7"], "day 40 is outside")
            let scoped = try await queries.counts(MeasureSelection(days: period, measures: [DashboardMeasure.submitted], services: [Self.hardship]),
                                                  by: [.channel])
            #expect(Set(scoped.map { "\($0.channel)=\($0.count)" }) == ["online=9", "phone=2"])
            let area = try await queries.counts(MeasureSelection(days: period, measures: [DashboardMeasure.submitted], area: "W2"), by: [.service])
            #expect(Set(area.map { "\($0.service)=\($0.count)" }) == ["\(Self.hardship)=4", "\(Self.potholes)=7"])
            let version = try await queries.counts(MeasureSelection(days: period, measures: [DashboardMeasure.submitted], versions: [2]), by: [])
            #expect(version == [MeasureCount(measure: DashboardMeasure.submitted, count: 4)])
            let byDay = try await queries.counts(MeasureSelection(days: period, measures: [DashboardMeasure.submitted], channels: ["online"]),
                                                 by: [.day])
            #expect(Set(byDay.map { "\($0.day - Self.today)=\($0.count)" }) == ["-1=5", "-3=4"])
            let decided = try await queries.counts(MeasureSelection(days: period, measures: [DashboardMeasure.decided]), by: [.detail])
            #expect(DecisionTimes.histogram(decided) == [3: 3, 12: 1])
            #expect(try await queries.counts(MeasureSelection(days: period, measures: [DashboardMeasure.submitted], services: []), by: []).isEmpty,
                    "no services allowed is nothing, not everything")
        }
    }

    @Test("comments: newest first, within the period and services, never empty ones", arguments: TestDatabase.engines)
    func comments(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await AnalyticsSeed.feedback(Self.hardship, day: Self.today - 2, rating: 5, comment: "Quick and clear", into: database)
            try await AnalyticsSeed.feedback(Self.hardship, day: Self.today - 1, rating: 2, comment: "Too many questions", into: database)
            try await AnalyticsSeed.feedback(Self.hardship, day: Self.today - 1, rating: 4, comment: nil, into: database)
            try await AnalyticsSeed.feedback(Self.potholes, day: Self.today, rating: 1, comment: "Still not fixed", into: database)
            let queries = SQLAnalyticsQueries(database: database)
            let comments = try await queries.comments(services: [Self.hardship], days: (Self.today - 27)...Self.today, limit: 10)
            #expect(comments.map(\.comment) == ["Too many questions", "Quick and clear"])
            #expect(try await queries.comments(services: nil, days: Self.today...Self.today, limit: 10).map(\.comment) == ["Still not fixed"])
        }
    }

    @Test("unit costs: set, replaced and removed", arguments: TestDatabase.engines)
    func unitCosts(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let queries = SQLAnalyticsQueries(database: database)
            try await queries.setChannelCost(service: "", channel: .online, pence: 40, by: .staff(1), at: Date())
            try await queries.setChannelCost(service: "", channel: .phone, pence: 500, by: .staff(1), at: Date())
            try await queries.setChannelCost(service: Self.hardship, channel: .phone, pence: 800, by: .staff(1), at: Date())
            try await queries.setChannelCost(service: "", channel: .online, pence: 45, by: .staff(2), at: Date())
            try await queries.setChannelCost(service: "", channel: .phone, pence: nil, by: .staff(2), at: Date())
            #expect(try await queries.channelCosts() == [ChannelCost(service: "", channel: .online, pence: 45),
                                                         ChannelCost(service: Self.hardship, channel: .phone, pence: 800)])
        }
    }

    @Test("the backlog: open statuses only, by age band and by area", arguments: TestDatabase.engines)
    func backlog(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await QueueCase.load([
                QueueCase(reference: "HRD-AAAA-0001", service: Self.hardship, dueDay: nil, created: QueueCase.day(-2)),
                QueueCase(reference: "HRD-AAAA-0002", service: Self.hardship, status: "in-review", dueDay: nil, created: QueueCase.day(-20)),
                QueueCase(reference: "HRD-AAAA-0003", service: Self.hardship, dueDay: nil, created: QueueCase.day(-50)),
                QueueCase(reference: "HRD-AAAA-0004", service: Self.hardship, dueDay: nil, created: QueueCase.day(-200)),
                QueueCase(reference: "HRD-AAAA-0005", service: Self.hardship, status: "closed", dueDay: nil, created: QueueCase.day(-3)),
                QueueCase(reference: "POT-BBBB-0001", service: Self.potholes, dueDay: nil, created: QueueCase.day(0)),
            ], into: database)
            try await AnalyticsSeed.locate("HRD-AAAA-0001", area: "W1", into: database)
            try await AnalyticsSeed.locate("HRD-AAAA-0002", area: "W1", into: database)
            let queries = SQLAnalyticsQueries(database: database)
            let starts = BacklogBand.starts(today: QueueCase.today)
            let open = ["received", "in-review", "awaiting-information"]
            let all = try await queries.backlog(openStatuses: [Self.hardship: open, Self.potholes: open], area: nil, byArea: false, bandStarts: starts)
            #expect(all == [BacklogCount(service: Self.hardship, area: "", bands: [1, 1, 1, 1]), BacklogCount(service: Self.potholes, area: "", bands: [1, 0, 0, 0])])
            let inW1 = try await queries.backlog(openStatuses: [Self.hardship: open], area: "W1", byArea: false, bandStarts: starts)
            #expect(inW1 == [BacklogCount(service: Self.hardship, area: "", bands: [1, 1, 0, 0])])
            let byArea = try await queries.backlog(openStatuses: [Self.hardship: open], area: nil, byArea: true, bandStarts: starts)
            #expect(Set(byArea.map { "\($0.area)=\($0.total)" }) == ["W1=2", "=2"])
            try await AnalyticsSeed.area("W1", name: "Harbour", into: database)
            #expect(try await queries.areas() == [AnalyticsArea(code: "W1", name: "Harbour")])
        }
    }
}
