import Domain
import Foundation
import Testing

@Suite("Analytics: the dashboards' formulas and who sees which services")
struct AnalyticsFiguresTests {
    @Test func timeToDecideIsTheNearestRankMedianAndNinetiethPercentile() {
        let times = DecisionTimes(histogram: [1: 4, 2: 3, 5: 2, 30: 1])
        #expect(times.decided == 10)
        #expect(times.median == 2, "the 5th of 10 is in day 2")
        #expect(times.ninetieth == 5, "the 9th of 10 is in day 5")
        #expect(DecisionTimes(histogram: [:]).median == nil)
        #expect(DecisionTimes(histogram: [7: 1]).ninetieth == 7)
        let counts = [MeasureCount(measure: Measure.decided.rawValue, detail: "3", count: 2), MeasureCount(measure: Measure.decided.rawValue, detail: "x", count: 9),
                      MeasureCount(measure: Measure.late.rawValue, count: 4)]
        #expect(DecisionTimes.histogram(counts) == [3: 2])
    }

    @Test func costPerTransactionUsesTheServicesOwnCostThenTheDefaultAndNeverTreatsAMissingCostAsFree() {
        let submitted = [MeasureCount(measure: Measure.submitted.rawValue, service: "a", channel: "online", count: 8),
                         MeasureCount(measure: Measure.submitted.rawValue, service: "a", channel: "phone", count: 2)]
        let costs = [ChannelCost(service: "", channel: .online, pence: 50), ChannelCost(service: "", channel: .phone, pence: 400),
                     ChannelCost(service: "a", channel: .phone, pence: 900)]
        let cost = CostPerTransaction(submitted: submitted, costs: costs)
        #expect(cost.transactions == 10)
        #expect(cost.pence == Double(8 * 50 + 2 * 900) / 10)
        let missing = CostPerTransaction(submitted: submitted, costs: [ChannelCost(service: "", channel: .online, pence: 50)])
        #expect(missing.pence == nil)
        #expect(missing.missing == [.phone])
        #expect(CostPerTransaction(submitted: [], costs: costs).pence == nil)
    }

    @Test func sharesAndSatisfaction() {
        #expect(analyticsShare(1, of: 4) == 0.25)
        #expect(analyticsShare(1, of: 0) == nil)
        #expect(SatisfactionRating.listed.first == .verySatisfied)
        #expect(SatisfactionRating.allCases.filter(\.isSatisfied) == [.verySatisfied, .satisfied])
    }

    @Test func chartStepsAreDaysThenWeeksThenMonths() {
        let start = CalendarDay(year: 2026, month: 11, day: 1).dayNumber
        #expect(DayBucketSize.fitting(start...(start + 27)) == .day)
        #expect(DayBucketSize.fitting(start...(start + 89)) == .week)
        #expect(DayBucketSize.fitting(start...(start + 365)) == .month)
        #expect(DayBucketSize.week.starts(start...(start + 15)) == [start, start + 7, start + 14])
        let months = DayBucketSize.month.starts(start...(start + 40)).map { CalendarDay(dayNumber: $0).iso }
        #expect(months == ["2026-11-01", "2026-12-01"])
    }

    @Test func backlogBandsStartAtTheStartOfTheirDayInCouncilTime() {
        let starts = BacklogBand.starts(today: CalendarDay(year: 2026, month: 7, day: 10))
        #expect(starts.count == BacklogBand.allCases.count - 1)
        // 3 July 2026 00:00 British Summer Time is 2 July 23:00 UTC.
        #expect(starts[0] == Int64(CalendarDay(year: 2026, month: 7, day: 3).dayNumber) * 86_400_000 - 3_600_000)
    }

    @Test func analystGrantsNamingServicesLimitTheDashboards() {
        let everything = StaffAccess(grants: [RoleGrant(role: .analyst)])
        #expect(everything.analyticsServices == nil)
        let scoped = StaffAccess(grants: [RoleGrant(role: .analyst, serviceSlug: "hardship-fund")])
        #expect(scoped.analyticsServices == ["hardship-fund"])
        #expect(scoped.maySeeFigures(of: "hardship-fund"))
        #expect(!scoped.maySeeFigures(of: "report-a-pothole"))
        #expect(StaffAccess(grants: [RoleGrant(role: .analyst, serviceSlug: "a"), RoleGrant(role: .analyst)]).analyticsServices == nil)
        #expect(StaffAccess(grants: [RoleGrant(role: .analyst, serviceSlug: "a"), RoleGrant(role: .strategyLead)]).analyticsServices == nil)
        #expect(!StaffAccess(grants: [RoleGrant(role: .caseOfficer, serviceSlug: "a")]).maySeeFigures(of: "a"))
        #expect(StaffArea.containing(path: "/analytics/costs") == .analytics)
    }
}
