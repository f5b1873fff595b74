import Foundation

extension DefinitionParser {
    /// A condition that could never hold is refused: `greater_than`/`less_than` on a question whose answer is not a
    /// number, and `equals`/`one_of` with a value the question does not offer (the page or exit behind it would be
    /// unreachable without anyone noticing).
    mutating func checkComparisons(_ sections: [Section]) {
        let questions = Dictionary(sections.flatMap(\.pages).flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for site in comparisonSites {
            // A question that is not in the service is reported by checkReferences.
            guard let question = questions[site.questionID] else { continue }
            switch site.test {
            case "greater_than", "less_than":
                guard question.type != .number, question.type != .decimal, let node = site.values.first?.node else { continue }
                report(at: node, "\(site.test) compares numbers, but \(question.id) is a \(question.type.rawValue) question, so this condition would never hold; "
                    + "use \(site.test) only on a number or decimal question (any question can be tested with answered: true)")
            default:
                guard let offered = Self.offeredValues(question) else { continue }
                for (value, node) in site.values where !offered.contains(value) {
                    report(at: node, "\(value) is not an option of \(question.id), so this condition would never hold; use one of: \(offered.joined(separator: ", "))")
                }
            }
        }
    }

    /// The answers a question can have, when it has a fixed set (its option values, or yes and no).
    static func offeredValues(_ question: Question) -> [String]? {
        switch question.type {
        case .choice, .choices: question.options.map(\.value)
        case .yesNo: ["yes", "no"]
        default: nil
        }
    }
}
