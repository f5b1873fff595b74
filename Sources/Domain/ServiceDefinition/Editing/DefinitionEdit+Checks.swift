import Foundation

/// What an edit must not break: the answers other parts read, and the forward-only order of the journey.
extension DefinitionEditDraft {
    /// Every place that reads question `id`.
    func uses(of id: String) -> [DefinitionReference] {
        var found: [DefinitionReference] = []
        for page in pages {
            if page.showWhen?.questionIDs.contains(id) == true { found.append(.showWhen(page: page.id)) }
            for (index, rule) in page.next.enumerated() where rule.when?.questionIDs.contains(id) == true {
                found.append(.nextRule(page: page.id, index: index))
            }
        }
        if definition.notifications.channelQuestion == id { found.append(.channelQuestion) }
        if definition.scheduling?.keyAnswers.contains(id) == true { found.append(.keyAnswers) }
        for event in NotificationEvent.allCases {
            if definition.notifications.templates[event]?.answerFields.contains(id) == true { found.append(.notification(event)) }
        }
        return found
    }

    func conditions(at reference: DefinitionReference) -> [Condition] {
        switch reference {
        case .showWhen(let page): pages.first { $0.id == page }?.showWhen.map { [$0] } ?? []
        case .nextRule(let page, let index): pages.first { $0.id == page }.flatMap { $0.next.indices.contains(index) ? $0.next[index].when : nil }.map { [$0] } ?? []
        default: []
        }
    }

    /// Refuses when anything outside `pages` (those removed with the questions) reads one of `questions`.
    func checkUnused(questions: [String], pages removed: Set<String>) throws(DefinitionEditRefusal) {
        for id in questions {
            let outside = uses(of: id).filter { use in
                switch use {
                case .showWhen(let p), .nextRule(let p, _): !removed.contains(p)
                default: true
                }
            }
            if !outside.isEmpty { throw .inUse(question: id, value: nil, by: outside) }
        }
    }

    func checkNotTarget(page id: String, ignoring removed: Set<String> = []) throws(DefinitionEditRefusal) {
        for page in pages where page.id != id && !removed.contains(page.id) {
            if page.next.contains(where: { $0.goto == id }) { throw .pageIsGotoTarget(page: id, from: page.id) }
        }
    }

    /// After the edit, conditions still read only answers already given and every goto still moves forward.
    func checkOrder() throws(DefinitionEditRefusal) {
        let pages = self.pages
        let position = Dictionary(pages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var askedOn: [String: Int] = [:]
        for (index, page) in pages.enumerated() {
            for question in page.questions where askedOn[question.id] == nil { askedOn[question.id] = index }
        }
        for (index, page) in pages.enumerated() {
            for id in page.showWhen?.questionIDs ?? [] {
                guard let asked = askedOn[id] else { throw .unknownQuestion(id) }
                if asked >= index { throw .conditionReadsLater(page: page.id, question: id) }
            }
            for rule in page.next {
                for id in rule.when?.questionIDs ?? [] {
                    guard let asked = askedOn[id] else { throw .unknownQuestion(id) }
                    if asked > index { throw .conditionReadsLater(page: page.id, question: id) }
                }
                if let target = position[rule.goto], target <= index { throw .gotoBackwards(page: page.id, target: rule.goto) }
            }
        }
    }
}

extension Condition {
    /// Whether this condition compares `question`'s answer with values (so depends on its type), or with `value`.
    func compares(_ question: String, with value: String? = nil) -> Bool {
        switch self {
        case .equals(let q, let v): q == question && (value == nil || v == value)
        case .oneOf(let q, let values): q == question && (value == nil || values.contains(value ?? ""))
        case .greaterThan(let q, _), .lessThan(let q, _): q == question && value == nil
        case .answered, .itemCount, .anyItem, .everyItem: false
        case .date(let q, _), .postcodeIn(let q, _): q == question && value == nil
        case .all(let parts), .any(let parts): parts.contains { $0.compares(question, with: value) }
        case .not(let inner): inner.compares(question, with: value)
        }
    }
}
