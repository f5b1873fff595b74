import Yams

/// Conditions over the items of a repeating page: `{items: children, count: {at_least: 2}}`,
/// `{items: children, any: {question: school-year, one_of: [p1, p2]}}`, `{items: children, every: …}`.
extension DefinitionParser {
    mutating func parseItemCondition(_ keys: Keys, _ node: Node) -> Condition? {
        checkKeys(keys, allowed: ["items", "count", "any", "every"])
        guard let page = requiredString(keys, "items") else { return nil }
        let tests = ["count", "any", "every"].filter { keys[$0] != nil }
        guard tests.count == 1, let test = tests.first, let testNode = keys[test] else {
            report(at: node, "a condition on items needs exactly one of count, any or every, like {items: \(page), count: {at_least: 1}}")
            return nil
        }
        if test == "count" { return parseBound("count", testNode).map { .itemCount(page: page, $0) } }
        guard let inner = parseCondition(testNode) else { return nil }
        if !inner.itemTests.isEmpty {
            report(at: testNode, "a condition on each item cannot itself test items; test the item's own questions")
            return nil
        }
        return test == "any" ? .anyItem(page: page, inner) : .everyItem(page: page, inner)
    }

    /// Each `items:` names a repeating page asked before the condition is read, and its `any`/`every` test only the
    /// questions of that page.
    mutating func checkItemConditions(_ sites: [(pageID: String, condition: Condition, node: Node, isNextRule: Bool)], sections: [Section], pagePosition: [String: Int]) {
        let pages = Dictionary(sections.flatMap(\.pages).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for site in sites {
            for test in site.condition.itemTests {
                guard let page = pages[test.page], page.repeatGroup != nil else {
                    let what = pages[test.page] == nil ? "which is not in this service" : "which is not a repeating page"
                    report(at: site.node, "items names page \(test.page), \(what); items tests the answers of a repeating page")
                    continue
                }
                if let asked = pagePosition[test.page], let here = pagePosition[site.pageID], asked > here || (asked == here && !site.isNextRule) {
                    let sameOrLater = asked == here ? "this page itself" : "asked on a later page"
                    report(at: site.node, "condition on page \(site.pageID) tests the items of \(test.page), which is \(sameOrLater); conditions can only use answers already given")
                }
                let own = Set(page.questions.map(\.id))
                for questionID in test.inner?.questionIDs ?? [] where !own.contains(questionID) {
                    report(at: site.node, "the condition on each item of \(test.page) refers to \(questionID), which is not a question of that page; use one of: \(page.questions.map(\.id).joined(separator: ", "))")
                }
            }
        }
    }
}
