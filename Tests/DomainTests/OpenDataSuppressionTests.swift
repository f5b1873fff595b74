import Domain
import Testing

/// Small-number suppression (docs/open-data.md): an attacker holding every published cell and total tries to work
/// out each hidden count, over many generated tables. The attack finds cells when secondary suppression is left out,
/// so these tests fail if it is removed.
@Suite struct OpenDataSuppressionTests {
    /// A seeded generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Counts skewed small, as ward counts are: many zeros and small numbers, some large.
    static func count(_ random: inout SplitMix) -> Int {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<3: 0
        case 3..<6: Int.random(in: 1...4, using: &random)
        case 6..<9: Int.random(in: 5...30, using: &random)
        default: Int.random(in: 31...500, using: &random)
        }
    }

    /// What an attacker can work out about the hidden cells of one group whose total is published: the hidden cells
    /// add up to `total − published`; each is a count (at least 0), so a lone hidden cell is that difference, and
    /// several hidden cells adding to 0 are each 0. Returns the cells pinned down, with the value found.
    static func derivable(values: [Int?], total: Int?) -> [(index: Int, value: Int)] {
        guard let total else { return [] }
        let hidden = values.indices.filter { values[$0] == nil }
        let remainder = total - values.compactMap { $0 }.reduce(0, +)
        if hidden.count == 1 { return [(hidden[0], remainder)] }
        if hidden.count > 1, remainder == 0 { return hidden.map { ($0, 0) } }
        return []
    }

    static func attack(_ values: [Int], groups: [[Int]], hiddenCells: [Bool], hiddenTotals: [Bool]) -> [(index: Int, value: Int)] {
        groups.enumerated().flatMap { groupIndex, group in
            let published = group.map { hiddenCells[$0] ? nil : values[$0] }
            let total = hiddenTotals[groupIndex] ? nil : group.reduce(0) { $0 + values[$1] }
            return derivable(values: published, total: total).map { (group[$0.index], $0.value) }
        }
    }

    static func generatedTable(_ random: inout SplitMix) -> (values: [Int], groups: [[Int]]) {
        var values: [Int] = []
        var groups: [[Int]] = []
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let size = Int.random(in: 1...9, using: &random)
            groups.append(Array(values.count..<values.count + size))
            for _ in 0..<size { values.append(count(&random)) }
        }
        return (values, groups)
    }

    @Test func noHiddenCountCanBeDerivedFromAnyPublishedTotal() {
        var random = SplitMix(state: 20_261_203)
        for threshold in [1, 3, 5, 10] {
            let suppression = SmallNumberSuppression(threshold: threshold)
            for _ in 0..<2_000 {
                let (values, groups) = Self.generatedTable(&random)
                let result = suppression.apply(to: values, groups: groups)
                for (index, value) in values.enumerated() where value < threshold { #expect(result.hiddenCells[index], "primary: \(values)") }
                let found = Self.attack(values, groups: groups, hiddenCells: result.hiddenCells, hiddenTotals: result.hiddenTotals)
                #expect(found.isEmpty, "threshold \(threshold), values \(values), groups \(groups): derived \(found)")
                for (groupIndex, group) in groups.enumerated() where result.hiddenTotals[groupIndex] {
                    // A total is hidden only when it is small or when its group has nothing left to hide.
                    let total = group.reduce(0) { $0 + values[$1] }
                    #expect(total < threshold || group.allSatisfy { result.hiddenCells[$0] })
                }
            }
        }
    }

    @Test func withoutSecondarySuppressionTheSameAttackSucceeds() {
        var random = SplitMix(state: 20_261_203)
        var derived = 0
        for _ in 0..<2_000 {
            let (values, groups) = Self.generatedTable(&random)
            let primaryOnly = values.map { $0 < 5 }
            let totalsHidden = groups.map { $0.reduce(0) { $0 + values[$1] } < 5 }
            derived += Self.attack(values, groups: groups, hiddenCells: primaryOnly, hiddenTotals: totalsHidden).count
        }
        #expect(derived > 100)
    }

    @Test func hidesTheNextSmallestCellBesideALoneSmallOne() {
        let result = SmallNumberSuppression(threshold: 5).apply(to: [3, 40, 12, 9], groups: [[0, 1, 2, 3]])
        #expect(result.hiddenCells == [true, false, false, true])
        #expect(result.hiddenTotals == [false])
    }

    @Test func hidesAnotherCellWhenTheHiddenOnesAddUpToZero() {
        let result = SmallNumberSuppression(threshold: 5).apply(to: [0, 0, 7, 30], groups: [[0, 1, 2, 3]])
        #expect(result.hiddenCells == [true, true, true, false])
    }

    @Test func hidesTheTotalOfAGroupOfOneSmallCell() {
        let result = SmallNumberSuppression(threshold: 5).apply(to: [3, 6], groups: [[0], [1]])
        #expect(result.hiddenCells == [true, false])
        #expect(result.hiddenTotals == [true, false])
    }

    @Test func ratesNeedTheirCountsAndTheRemainderAboveTheThreshold() {
        let suppression = SmallNumberSuppression(threshold: 5)
        #expect(suppression.rateIsPublishable(numerator: 10, denominator: 20))
        #expect(!suppression.rateIsPublishable(numerator: 4, denominator: 20))
        #expect(!suppression.rateIsPublishable(numerator: 18, denominator: 20))
        #expect(!suppression.rateIsPublishable(numerator: 0, denominator: 0))
    }

    // MARK: The published dataset

    static func generatedTotals(_ random: inout SplitMix) -> [MeasureTotal] {
        var totals: [MeasureTotal] = []
        let areas = ["GM01", "GM02", "GM03", "GM04", ""]
        for service in ["report-a-pothole", "bulky-waste"] {
            for day in stride(from: 20_400, to: 20_500, by: 9) {
                for area in areas where Int.random(in: 0..<3, using: &random) > 0 {
                    let submitted = count(&random)
                    if submitted > 0 {
                        totals.append(MeasureTotal(service: service, day: day, measure: "submitted", channel: "online", area: area, count: submitted))
                    }
                    let decided = count(&random)
                    if decided > 0 {
                        totals.append(MeasureTotal(service: service, day: day, measure: "decided", detail: String(Int.random(in: 0...30, using: &random)),
                                                   area: area, count: decided))
                    }
                }
            }
        }
        return totals
    }

    @Test func noPublishedRowOfRequestsByAreaGivesAwayAHiddenCount() {
        var random = SplitMix(state: 7)
        let areas = [(code: "GM01", name: "Harbour"), (code: "GM02", name: "Castlehill"), (code: "GM03", name: "Northfield"), (code: "GM04", name: "Mill Island")]
        for _ in 0..<200 {
            let totals = Self.generatedTotals(&random)
            let table = RequestsByArea(totals: totals, areas: areas, suppression: SmallNumberSuppression(threshold: 5))
            let groups = Dictionary(grouping: table.rows) { "\($0.service) \($0.month)" }
            for (group, rows) in groups {
                guard let total = rows.first(where: \.isTotal) else { Issue.record("no total row for \(group)"); continue }
                let cells = rows.filter { !$0.isTotal }
                #expect(cells.count == areas.count + 1, "every area is listed, and the unknown area")
                #expect(Self.derivable(values: cells.map(\.submissions), total: total.submissions).isEmpty, "\(group) submissions")
                #expect(Self.derivable(values: cells.map(\.decided), total: total.decided).isEmpty, "\(group) decided")
                for row in rows {
                    if let submissions = row.submissions { #expect(submissions >= 5) } else { #expect(row.completionRate == nil) }
                    if let decided = row.decided { #expect(decided >= 5) } else { #expect(row.medianDaysToDecide == nil) }
                }
            }
        }
    }

    @Test func requestsByAreaAddsUpAndTakesTheMedian() {
        let totals = [
            MeasureTotal(service: "s", day: 20_454, measure: "started", count: 40),
            MeasureTotal(service: "s", day: 20_454, measure: "submitted", channel: "online", area: "GM01", count: 20),
            MeasureTotal(service: "s", day: 20_455, measure: "submitted", channel: "phone", area: "GM02", count: 9),
            MeasureTotal(service: "s", day: 20_455, measure: "submitted", channel: "online", area: "", count: 2),
            MeasureTotal(service: "s", day: 20_455, measure: "decided", detail: "3", area: "GM01", count: 3),
            MeasureTotal(service: "s", day: 20_455, measure: "decided", detail: "10", area: "GM01", count: 4),
        ]
        let table = RequestsByArea(totals: totals, areas: [("GM01", "Harbour"), ("GM02", "Castlehill")], suppression: SmallNumberSuppression())
        #expect(table.rows.map(\.areaCode) == ["all", "GM02", "GM01", "unknown"])
        let total = table.rows[0]
        #expect(total.month == MeasureTotal.month(of: 20_454))
        #expect(total.submissions == 31)
        #expect(total.completionRate == 22.0 / 40)
        #expect(total.decided == 7 && total.medianDaysToDecide == 10)
        // Unknown (2) is small, so the next smallest (Castlehill, 9) is hidden with it.
        #expect(table.rows.map(\.submissions) == [31, nil, 20, nil])
    }

    @Test func performanceFiguresAreSuppressedLikeOpenData() {
        let totals = [
            MeasureTotal(service: "s", day: 20_454, measure: "started", count: 100),
            MeasureTotal(service: "s", day: 20_454, measure: "submitted", channel: "online", count: 60),
            MeasureTotal(service: "s", day: 20_454, measure: "submitted", channel: "phone", count: 20),
            MeasureTotal(service: "s", day: 20_454, measure: "feedback", detail: "5", count: 12),
            MeasureTotal(service: "s", day: 20_454, measure: "feedback", detail: "2", count: 3),
            MeasureTotal(service: "s", day: 20_500, measure: "submitted", channel: "online", count: 3),
        ]
        let figures = ServicePerformance(service: "s", totals: totals, costs: ["": ["online": 20, "phone": 300]], suppression: SmallNumberSuppression())
        #expect(figures.months.count == 2)
        let first = figures.months[0]
        #expect(first.submissions == 80 && first.completionRate == 0.6 && first.digitalTakeUp == 0.75)
        #expect(first.satisfaction == nil)   // 3 dissatisfied: the rest would give it away
        #expect(first.costPerTransaction == Double(60 * 20 + 20 * 300) / 80)
        let second = figures.months[1]
        #expect(second.submissions == nil && second.digitalTakeUp == nil && second.costPerTransaction == nil)
    }
}
