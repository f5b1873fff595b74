import Yams

/// `computed:` values worked out from answers: `years_since: DATE-QUESTION`, `sum: [QUESTIONS]` or
/// `sum: {items: PAGE, question: Q}`, `count: REPEATING-PAGE`.
extension DefinitionParser {
    mutating func parseComputed(_ node: Node, sections: [Section]) -> [ComputedValue] {
        guard let list = sequence(node, "computed") else { return [] }
        let pages = sections.flatMap(\.pages)
        let onceAsked = Dictionary(pages.filter { $0.repeatGroup == nil }.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let repeating = Dictionary(pages.filter { $0.repeatGroup != nil }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let position = Dictionary(pageOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var values: [ComputedValue] = []
        for item in list {
            guard let map = mapping(item, "a computed value") else { continue }
            let keys = Keys(map, node: item, context: "computed value")
            checkKeys(keys, allowed: ["id", "label", "years_since", "sum", "count", "money"])
            guard let id = requiredString(keys, "id", pattern: Self.idPattern, patternMessage: Self.idMessage), let label = requiredText(keys, "label") else { continue }
            if questionPage[id] != nil || pageOrder.contains(id) {
                report(at: keys["id"], "computed value id \(id) is already a question or page id; choose another")
                continue
            }
            let formulas = ["years_since", "sum", "count"].filter { keys[$0] != nil }
            guard formulas.count == 1, let name = formulas.first, let formulaNode = keys[name] else {
                report(at: item, "computed value \(id) needs exactly one of years_since (a date question), sum (number questions) or count (a repeating page)")
                continue
            }
            var reads: [String] = []
            var formula: ComputedValue.Formula?
            switch name {
            case "years_since":
                guard let question = string(formulaNode, "years_since") else { continue }
                if onceAsked[question]?.type != .date {
                    report(at: formulaNode, "years_since needs a date question asked once (like date-of-birth); \(question) is not one")
                    continue
                }
                reads = [questionPage[question] ?? ""]
                formula = .yearsSince(question: question)
            case "count":
                guard let page = string(formulaNode, "count") else { continue }
                guard repeating[page] != nil else {
                    report(at: formulaNode, "count needs a repeating page; \(page) is not one")
                    continue
                }
                reads = [page]
                formula = .count(page: page)
            default:
                if case .mapping(let sumMap) = formulaNode {
                    let sumKeys = Keys(sumMap, node: formulaNode, context: "sum")
                    checkKeys(sumKeys, allowed: ["items", "question"])
                    guard let page = requiredString(sumKeys, "items"), let question = requiredString(sumKeys, "question") else { continue }
                    guard let repeated = repeating[page], let asked = repeated.questions.first(where: { $0.id == question }),
                          asked.type == .number || asked.type == .decimal else {
                        report(at: formulaNode, "sum over items needs a repeating page and one of its number or decimal questions")
                        continue
                    }
                    reads = [page]
                    formula = .itemSum(page: page, question: question)
                } else if let names = sequence(formulaNode, "sum (a list of number or decimal questions, or {items: PAGE, question: Q})") {
                    var questions: [String] = []
                    for nameNode in names {
                        guard let question = string(nameNode, "a question") else { continue }
                        guard let asked = onceAsked[question], asked.type == .number || asked.type == .decimal else {
                            report(at: nameNode, "sum adds number and decimal questions asked once; \(question) is not one")
                            continue
                        }
                        questions.append(question)
                        reads.append(questionPage[question] ?? "")
                    }
                    formula = .sum(questions: questions)
                }
            }
            guard let formula else { continue }
            let money = keys["money"].flatMap { boolean($0, "money") } ?? false
            let last = reads.max { (position[$0] ?? 0) < (position[$1] ?? 0) } ?? ""
            // Conditions may use it from the page after the last answer it reads.
            questionPage[id] = last
            values.append(ComputedValue(id: id, label: label, formula: formula, money: money, afterPage: last))
        }
        return values
    }
}
