/// Small-number suppression for published counts (docs/open-data.md, "Suppression").
///
/// Primary: a count below the threshold (zero included) is not published.
/// Secondary: a *group* is a set of cells whose total is published beside them (the wards of one service and month,
/// with the all-areas row). Publishing the total makes each cell `total − (the others)`, so in every group whose
/// total is published the hidden cells must not be pinned down:
/// - one hidden cell is worked out by subtraction, so the smallest published cell is hidden too;
/// - two or more hidden cells that add up to 0 are each 0 (counts are never negative), so again one more is hidden
///   (the next smallest is at least the threshold, so the hidden sum becomes positive);
/// - when nothing is left to hide, the total is hidden instead.
/// With two or more hidden cells whose sum is positive, every hidden cell could be anything from 0 to that sum, so
/// none is derivable. Groups do not overlap (totals are published in one direction only), so each group's
/// equation is the only one its cells appear in, and checking the groups one by one is enough.
public struct SmallNumberSuppression: Sendable, Equatable {
    public var threshold: Int

    public init(threshold: Int = 5) { self.threshold = max(1, threshold) }

    public struct Result: Sendable, Equatable {
        /// Per cell: hidden or published.
        public var hiddenCells: [Bool]
        /// Per group: whether its total is hidden.
        public var hiddenTotals: [Bool]
    }

    /// `groups` lists cell indices; the groups must not overlap. A cell in no group is suppressed on its own value.
    public func apply(to values: [Int], groups: [[Int]]) -> Result {
        var hidden = values.map { $0 < threshold }
        var hiddenTotals = groups.map { group in group.reduce(0) { $0 + values[$1] } < threshold }
        for (groupIndex, group) in groups.enumerated() where !hiddenTotals[groupIndex] {
            while true {
                let hiddenCells = group.filter { hidden[$0] }
                let hiddenSum = hiddenCells.reduce(0) { $0 + values[$1] }
                guard !hiddenCells.isEmpty, hiddenCells.count == 1 || hiddenSum == 0 else { break }
                let candidates = group.filter { !hidden[$0] }
                guard let next = candidates.min(by: { (values[$0], $0) < (values[$1], $1) }) else {
                    hiddenTotals[groupIndex] = true
                    break
                }
                hidden[next] = true
            }
        }
        return Result(hiddenCells: hidden, hiddenTotals: hiddenTotals)
    }

    /// A rate whose numerator or denominator count is below the threshold (or whose complement is, since the
    /// published denominator would give it away) is not published.
    public func rateIsPublishable(numerator: Int, denominator: Int) -> Bool {
        denominator >= threshold && numerator >= threshold && denominator - numerator >= threshold
    }
}
