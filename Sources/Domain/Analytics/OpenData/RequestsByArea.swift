/// The `requests-by-area` dataset: per service, month and area, submissions (every channel), completion rate (online
/// submissions per journey started), cases decided and the median days to decide, with an all-areas row per service
/// and month. Every cell is suppressed by `SmallNumberSuppression`: submissions and decisions are counts with the
/// all-areas row as their published total (areas with none are listed as 0, and so suppressed, so the areas of a
/// month always add up to its total); a rate or median is published only when its own counts are, and never beside a hidden count.
public struct RequestsByArea: Sendable, Equatable {
    /// The code of the all-areas row.
    public static let allAreas = "all"
    /// The code of requests whose area is not known.
    public static let unknownArea = "unknown"

    public struct Row: Sendable, Equatable {
        public var service: String
        public var month: String
        public var areaCode: String
        public var areaName: String
        /// nil: suppressed.
        public var submissions: Int?
        public var completionRate: Double?
        public var decided: Int?
        public var medianDaysToDecide: Double?

        public var isTotal: Bool { areaCode == RequestsByArea.allAreas }
    }

    public var rows: [Row]
    public var threshold: Int

    /// What a row is made from, before suppression.
    struct Cell {
        var submissions = 0
        var online = 0
        var started = 0
        var decidedDays: [Double: Int] = [:]
        var decided: Int { decidedDays.values.reduce(0, +) }
    }

    public static let measures = ["started", "submitted", "decided"]

    public init(totals: [MeasureTotal], areas: [(code: String, name: String)], suppression: SmallNumberSuppression,
                allAreasName: String = "All areas", unknownName: String = "Area not known") {
        threshold = suppression.threshold
        struct Key: Hashable { var service: String; var month: String }
        var cells: [Key: [String: Cell]] = [:]
        var names = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        names[Self.unknownArea] = unknownName
        for total in totals {
            let key = Key(service: total.service, month: total.month)
            let area = total.area.isEmpty ? Self.unknownArea : total.area
            if names[area] == nil { names[area] = area }
            var cell = cells[key, default: [:]][area, default: Cell()]
            switch total.measure {
            case "started": cell.started += total.count
            case "submitted":
                cell.submissions += total.count
                if total.channel == "online" { cell.online += total.count }
            case "decided": cell.decidedDays[Double(total.detail) ?? 0, default: 0] += total.count
            default: continue
            }
            cells[key, default: [:]][area] = cell
        }
        // Every known area in every group, named areas first by name, then the unknown area.
        let areaOrder = names.keys.sorted { lhs, rhs in
            if (lhs == Self.unknownArea) != (rhs == Self.unknownArea) { return rhs == Self.unknownArea }
            return (names[lhs] ?? lhs, lhs) < (names[rhs] ?? rhs, rhs)
        }
        var built: [Row] = []
        for key in cells.keys.sorted(by: { ($0.service, $0.month) < ($1.service, $1.month) }) {
            let group = cells[key] ?? [:]
            let members = areaOrder.map { group[$0] ?? Cell() }
            let submissions = suppression.apply(to: members.map(\.submissions), groups: [Array(members.indices)])
            let decided = suppression.apply(to: members.map(\.decided), groups: [Array(members.indices)])
            var total = Cell()
            for member in members {
                total.submissions += member.submissions
                total.online += member.online
                total.started += member.started
                total.decidedDays.merge(member.decidedDays, uniquingKeysWith: +)
            }
            func row(_ code: String, _ cell: Cell, submissionsHidden: Bool, decidedHidden: Bool) -> Row {
                Row(service: key.service, month: key.month, areaCode: code, areaName: names[code] ?? code,
                    submissions: submissionsHidden ? nil : cell.submissions,
                    completionRate: !submissionsHidden && suppression.rateIsPublishable(numerator: cell.online, denominator: cell.started)
                        ? Double(cell.online) / Double(cell.started) : nil,
                    decided: decidedHidden ? nil : cell.decided,
                    medianDaysToDecide: decidedHidden ? nil : weightedMedian(cell.decidedDays.map { ($0.key, $0.value) }))
            }
            built.append(row(Self.allAreas, total, submissionsHidden: submissions.hiddenTotals[0], decidedHidden: decided.hiddenTotals[0]))
            for (index, code) in areaOrder.enumerated() {
                built.append(row(code, members[index], submissionsHidden: submissions.hiddenCells[index], decidedHidden: decided.hiddenCells[index]))
            }
        }
        built = built.map { var row = $0; if row.isTotal { row.areaName = allAreasName }; return row }
        rows = built
    }
}
