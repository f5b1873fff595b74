import Foundation
import Yams

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
            case "before", "after", "years_ago", "days_ago", "days_from_today":
                guard question.type != .date, let node = site.values.first?.node else { continue }
                report(at: node, "\(site.test) tests a date, but \(question.id) is a \(question.type.rawValue) question, so this condition would never hold; use it only on a date question")
            case "postcode_in":
                guard question.type != .postcode, question.type != .address, let node = site.values.first?.node else { continue }
                report(at: node, "postcode_in tests a postcode, but \(question.id) is a \(question.type.rawValue) question; use it on a postcode or address question")
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
        case .declaration: ["yes"]
        default: nil
        }
    }

    /// `before: 2026-04-01`, `after: …`, or `years_ago: {at_least: 16}` (and `days_ago`, `days_from_today`).
    mutating func parseDateTest(_ test: String, _ node: Node) -> DateTest? {
        switch test {
        case "before", "after":
            guard let text = string(node, test) else { return nil }
            guard let day = CalendarDay(iso: text), day.isReal else {
                report(at: node, "\(test) must be a date written YYYY-MM-DD, like 2026-04-01 (for a date counted from today use years_ago, days_ago or days_from_today)")
                return nil
            }
            return test == "before" ? .before(day) : .after(day)
        default:
            guard let bound = parseBound(test, node) else { return nil }
            switch test {
            case "years_ago": return .yearsAgo(bound)
            case "days_ago": return .daysAgo(bound)
            default: return .daysFromToday(bound)
            }
        }
    }

    /// `{at_least: 16}`: exactly one of at_least, at_most, more_than, less_than, with a whole number of 0 or more.
    mutating func parseBound(_ test: String, _ node: Node) -> NumberBound? {
        let example = "like \(test): {at_least: 16}"
        guard case .mapping(let map) = node else {
            report(at: node, "\(test) needs a bound, \(example) (or at_most, more_than, less_than)")
            return nil
        }
        let keys = Keys(map, node: node, context: test)
        let names = ["at_least", "at_most", "more_than", "less_than"]
        checkKeys(keys, allowed: Set(names))
        let given = names.filter { keys[$0] != nil }
        guard given.count == 1, let name = given.first, let valueNode = keys[name] else {
            report(at: node, "\(test) needs exactly one of at_least, at_most, more_than or less_than, \(example)")
            return nil
        }
        guard let value = integer(valueNode, "\(test).\(name)") else { return nil }
        if value < 0 { report(at: valueNode, "\(test).\(name) cannot be negative") }
        switch name {
        case "at_least": return .atLeast(value)
        case "at_most": return .atMost(value)
        case "more_than": return .moreThan(value)
        default: return .lessThan(value)
        }
    }

    /// A list of postcode districts (`PA34`, as scheduling areas list them) or areas (`PA`, the letters alone).
    mutating func parsePostcodePlaces(_ node: Node) -> [String]? {
        guard let list = sequence(node, "postcode_in (a list of postcode districts or areas, like [PA34, PA35, G])") else { return nil }
        if list.isEmpty { report(at: node, "postcode_in must list at least one postcode district or area") }
        var places: [String] = []
        for item in list {
            guard let raw = string(item, "a postcode district or area") else { continue }
            let place = raw.uppercased()
            if place.range(of: Self.districtPattern, options: .regularExpression) == nil, place.range(of: "^[A-Z]{1,2}$", options: .regularExpression) == nil {
                report(at: item, "\(raw) is not a postcode district (the first half of a postcode, like PA34) or area (its letters, like PA)")
            } else {
                places.append(place)
            }
        }
        return places
    }
}
