import Foundation

/// A valid service definition of any size, as YAML, for the designer's speed benchmark and tests: `questions`
/// questions two to a page, ten pages to a section, and `conditions` conditions spread over the pages, alternately a
/// branch (`next` rule; every fifth goes to an exit page) and a `show_when`. `variant` 1 is the same service after a
/// round of edits (labels reworded, an option added, a page's branch changed, a question added), to diff against 0.
///
/// The YAML is written here by hand with every text quoted, as the format's writer is not in Domain yet.
public struct DefinitionGenerator: Sendable {
    public var questions: Int
    public var conditions: Int
    public var variant: Int

    public init(questions: Int, conditions: Int, variant: Int = 0) {
        precondition(questions >= 2, "a generated service has at least two questions")
        self.questions = questions
        self.conditions = conditions
        self.variant = variant
    }

    public static let slug = "generated-service"
    static let pagesPerSection = 10
    static let exitPages = 3

    var pageCount: Int { (questions + 1) / 2 }

    /// What each page gets: branches (condition and target page index, or nil for check answers) and a show_when.
    struct Plan {
        var rules: [[(condition: String, target: Target)]]
        var showWhen: [String?]
    }

    enum Target {
        case page(Int)
        case exit(Int)
        case checkAnswers
    }

    func plan() -> Plan {
        var plan = Plan(rules: Array(repeating: [], count: pageCount), showWhen: Array(repeating: nil, count: pageCount))
        // Conditions go on pages 1... (the first page must always be shown); each reads the first question of its page
        // (branches) or of the page before (show_when).
        let candidates = max(1, pageCount - 1)
        var branches = 0
        for number in 0..<conditions {
            let page = 1 + (number * candidates) / max(1, conditions) % candidates
            let asShowWhen = number % 2 == 1 && plan.showWhen[page] == nil
            if asShowWhen {
                plan.showWhen[page] = "{question: \(questionID(2 * (page - 1))), equals: \(firstValue(2 * (page - 1)))}"
                continue
            }
            let target: Target
            if branches % 5 == 4 {
                target = .exit(branches % Self.exitPages)
            } else {
                target = page + 2 < pageCount ? .page(page + 2) : .checkAnswers
            }
            branches += 1
            let changed = variant == 1 && page == 1 && plan.rules[page].isEmpty
            let value = changed ? firstValue(2 * page) : secondValue(2 * page)
            plan.rules[page].append(("{question: \(questionID(2 * page)), equals: \(value)}", target))
        }
        return plan
    }

    func questionID(_ number: Int) -> String { "q\(number + 1)" }

    /// Even-numbered questions (the first on each page) are yes/no or choice questions, which conditions read.
    func isChoice(_ number: Int) -> Bool { number % 4 == 2 }

    func firstValue(_ number: Int) -> String { isChoice(number) ? "a" : "\"yes\"" }
    func secondValue(_ number: Int) -> String { isChoice(number) ? "b" : "\"no\"" }

    public func yaml() -> String {
        let plan = plan()
        var out = ""
        out.reserveCapacity(questions * 260 + conditions * 120)
        out += "format: 1\nslug: \(Self.slug)\nreference_prefix: GEN\n"
        out += "title: {en: \"Generated service\", gd: \"Seirbheis ghinte\"}\n"
        out += "summary: \"A service of \(questions) questions and \(conditions) conditions\"\n"
        out += "start:\n  body: \"Answer the questions.\"\n"
        out += "sections:\n"
        for page in 0..<pageCount {
            if page % Self.pagesPerSection == 0 {
                let section = page / Self.pagesPerSection + 1
                out += "  - id: s\(section)\n    title: {en: \"Section \(section)\", gd: \"Earrann \(section)\"}\n    pages:\n"
            }
            writePage(page, plan, into: &out)
        }
        out += "  - id: exits\n    title: \"Exits\"\n    pages:\n"
        for exit in 0..<Self.exitPages {
            out += "      - id: exit-\(exit + 1)\n        exit: true\n        title: \"You cannot use this service (\(exit + 1))\"\n"
            out += "        body: \"Contact the council instead.\"\n"
        }
        out += "confirmation:\n  title: \"Application sent\"\n  what_happens_next: \"We will be in touch.\"\n"
        return out
    }

    private func writePage(_ page: Int, _ plan: Plan, into out: inout String) {
        out += "      - id: p\(page + 1)\n        title: {en: \"Page \(page + 1)\", gd: \"Duilleag \(page + 1)\"}\n"
        if let condition = plan.showWhen[page] { out += "        show_when: \(condition)\n" }
        out += "        questions:\n"
        for number in (2 * page)..<min(questions, 2 * page + 2) { writeQuestion(number, into: &out) }
        if variant == 1 && page == 3 && 2 * page + 1 < questions {
            out += "          - id: added-question\n            type: email\n            label: \"Your email address\"\n"
            out += "            required: false\n"
        }
        guard !plan.rules[page].isEmpty else { return }
        out += "        next:\n"
        for rule in plan.rules[page] {
            let goto: String
            switch rule.target {
            case .page(let index): goto = "p\(index + 1)"
            case .exit(let index): goto = "exit-\(index + 1)"
            case .checkAnswers: goto = NextRule.checkAnswers
            }
            out += "          - when: \(rule.condition)\n            goto: \(goto)\n"
        }
    }

    private func writeQuestion(_ number: Int, into out: inout String) {
        let id = questionID(number)
        let reworded = variant == 1 && number % 10 == 0
        let label = reworded ? "Question \(number + 1), reworded" : "Question \(number + 1)"
        out += "          - id: \(id)\n"
        if number % 2 == 0 {
            out += isChoice(number) ? "            type: choice\n" : "            type: yes_no\n"
        } else {
            out += ["            type: text\n            max_length: 100\n", "            type: number\n            min: 0\n            max: 1000\n",
                    "            type: email\n", "            type: date\n            past: true\n"][(number / 2) % 4]
        }
        out += "            label: {en: \"\(label)\", gd: \"Ceist \(number + 1)\"}\n"
        out += "            hint: \"Hint for question \(number + 1)\"\n"
        if isChoice(number) {
            out += "            options:\n"
            var options = [("a", "Option A", "Roghainn A"), ("b", "Option B", "Roghainn B"), ("c", "Option C", "Roghainn C")]
            if variant == 1 && number % 20 == 2 { options.append(("d", "Option D", "Roghainn D")) }
            for (value, en, gd) in options {
                out += "              - value: \(value)\n                label: {en: \"\(en)\", gd: \"\(gd)\"}\n"
            }
        }
    }
}
