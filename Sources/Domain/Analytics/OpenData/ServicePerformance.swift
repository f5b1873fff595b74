/// The GOV.UK Service Manual's four KPIs for one service by month (the `service-performance` dataset and
/// `/performance/{slug}`), from the counters, suppressed like every open figure:
/// - completion rate: online submissions ÷ journeys started;
/// - user satisfaction: ratings of 4 or 5 (satisfied, very satisfied) ÷ ratings given;
/// - digital take-up: online submissions ÷ submissions on every channel;
/// - cost per transaction: the council's unit cost per channel (pence) weighted by that channel's submissions.
/// Submissions are published when at least the threshold. A rate is published when its numerator, denominator and
/// their difference all are (`rateIsPublishable`), since the published submissions would give the other away. The
/// cost is published only when digital take-up is and every channel used has at least the threshold, because with
/// the unit costs public, the cost and the total could give away a small channel's count.
public struct ServicePerformance: Sendable, Equatable {
    public struct Month: Sendable, Equatable {
        public var month: String
        public var submissions: Int?
        public var completionRate: Double?
        public var satisfaction: Double?
        public var digitalTakeUp: Double?
        /// Pence.
        public var costPerTransaction: Double?

        public init(month: String, submissions: Int?, completionRate: Double?, satisfaction: Double?, digitalTakeUp: Double?,
                    costPerTransaction: Double?) {
            self.month = month
            self.submissions = submissions
            self.completionRate = completionRate
            self.satisfaction = satisfaction
            self.digitalTakeUp = digitalTakeUp
            self.costPerTransaction = costPerTransaction
        }
    }

    public var service: String
    public var months: [Month]

    public static let measures = ["started", "submitted", "feedback"]

    public init(service: String, totals: [MeasureTotal], costs: [String: [String: Int]], suppression: SmallNumberSuppression) {
        self.service = service
        struct Figures {
            var started = 0
            var byChannel: [String: Int] = [:]
            var ratings = 0
            var satisfied = 0
        }
        var figures: [String: Figures] = [:]
        for total in totals where total.service == service {
            var entry = figures[total.month, default: Figures()]
            switch total.measure {
            case "started": entry.started += total.count
            case "submitted": entry.byChannel[total.channel, default: 0] += total.count
            case "feedback":
                entry.ratings += total.count
                if let rating = Int(total.detail), rating >= 4 { entry.satisfied += total.count }
            default: continue
            }
            figures[total.month] = entry
        }
        let unitCosts = (costs[""] ?? [:]).merging(costs[service] ?? [:]) { _, own in own }
        months = figures.keys.sorted().map { month in
            let entry = figures[month] ?? Figures()
            let submitted = entry.byChannel.values.reduce(0, +)
            let online = entry.byChannel["online"] ?? 0
            let takeUpPublished = suppression.rateIsPublishable(numerator: online, denominator: submitted)
            let channelsLargeEnough = entry.byChannel.values.allSatisfy { $0 == 0 || $0 >= suppression.threshold }
            var cost: Double?
            let costed = entry.byChannel.filter { $0.value > 0 }
            if (takeUpPublished || online == submitted && submitted >= suppression.threshold), channelsLargeEnough, submitted > 0,
               costed.keys.allSatisfy({ unitCosts[$0] != nil }) {
                cost = Double(costed.reduce(0) { $0 + $1.value * (unitCosts[$1.key] ?? 0) }) / Double(submitted)
            }
            return Month(
                month: month,
                submissions: submitted >= suppression.threshold ? submitted : nil,
                completionRate: suppression.rateIsPublishable(numerator: online, denominator: entry.started)
                    ? Double(online) / Double(entry.started) : nil,
                satisfaction: suppression.rateIsPublishable(numerator: entry.satisfied, denominator: entry.ratings)
                    ? Double(entry.satisfied) / Double(entry.ratings) : nil,
                digitalTakeUp: takeUpPublished ? Double(online) / Double(submitted) : nil,
                costPerTransaction: cost
            )
        }
    }
}
