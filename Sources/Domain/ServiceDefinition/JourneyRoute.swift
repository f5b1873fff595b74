import Foundation

/// Decides the order of pages from the answers given: the one place branching rules are evaluated.
public struct JourneyRoute: Sendable {
    public let definition: ServiceDefinition

    public init(_ definition: ServiceDefinition) { self.definition = definition }

    public enum Step: Sendable, Equatable {
        case page(String)
        case checkAnswers
    }

    /// How a walk through the journey ended.
    public enum Ending: Sendable {
        /// Every page on the route is done: the citizen can check their answers.
        case checkAnswers
        /// The answers lead to an exit page.
        case exit(Page)
        /// The route reaches a page not yet completed.
        case incomplete(Page)
    }

    public struct Walk: Sendable {
        /// The pages completed on the route, in order.
        public var pages: [Page]
        public var ending: Ending

        public var pageIDs: [String] { pages.map(\.id) }
    }

    public var firstPage: Page? { definition.pages.first }

    /// The route from the first page, following completed pages until it reaches one that is not complete, an exit, or the end.
    public func walk(_ answers: Answers, completed: Set<String>) -> Walk {
        var pages: [Page] = []
        var current = firstPage
        // Gotos only move forward (the parser checks), so this ends; the bound guards against a bad definition anyway.
        while let page = current, pages.count <= definition.pages.count {
            if page.isExit { return Walk(pages: pages, ending: .exit(page)) }
            guard completed.contains(page.id) else { return Walk(pages: pages, ending: .incomplete(page)) }
            pages.append(page)
            switch destination(after: page, answers) {
            case .checkAnswers: return Walk(pages: pages, ending: .checkAnswers)
            case .page(let id): current = definition.page(id)
            }
        }
        return Walk(pages: pages, ending: .checkAnswers)
    }

    /// Where a citizen goes after completing `page`: the first `next` rule that holds, else the next page in the file
    /// that is shown. Exit pages are reached only through a rule, never by falling through.
    public func destination(after page: Page, _ answers: Answers) -> Step {
        for rule in page.next where rule.when.map({ holds($0, answers) }) ?? true {
            if rule.goto == NextRule.checkAnswers { return .checkAnswers }
            guard let target = definition.page(rule.goto) else { continue }
            if target.isExit || isShown(target, answers) { return .page(target.id) }
            return following(target.id, answers, includingExits: false)
        }
        return following(page.id, answers, includingExits: false)
    }

    private func following(_ pageID: String, _ answers: Answers, includingExits: Bool) -> Step {
        guard let position = definition.pagePosition(pageID) else { return .checkAnswers }
        for page in definition.pages.dropFirst(position + 1) where !page.isExit && isShown(page, answers) {
            return .page(page.id)
        }
        return .checkAnswers
    }

    public func isShown(_ page: Page, _ answers: Answers) -> Bool {
        page.showWhen.map { holds($0, answers) } ?? true
    }

    public func holds(_ condition: Condition, _ answers: Answers) -> Bool {
        switch condition {
        case .equals(let question, let value):
            return Self.values(of: answers[question]).contains(value)
        case .oneOf(let question, let candidates):
            return !Set(Self.values(of: answers[question])).isDisjoint(with: candidates)
        case .greaterThan(let question, let limit):
            return Self.number(answers[question]).map { $0 > limit } ?? false
        case .lessThan(let question, let limit):
            return Self.number(answers[question]).map { $0 < limit } ?? false
        case .answered(let question, let expected):
            return (answers[question] != nil) == expected
        case .all(let conditions):
            return conditions.allSatisfy { holds($0, answers) }
        case .any(let conditions):
            return conditions.contains { holds($0, answers) }
        case .not(let inner):
            return !holds(inner, answers)
        }
    }

    private static func values(of answer: Answer?) -> [String] {
        switch answer {
        case .text(let value): [value]
        case .selection(let values): values
        case .integer(let value): [String(value)]
        case .decimal(let value, _): ["\(value)"]
        case .date(let year, let month, let day): [Answer.isoDate(year: year, month: month, day: day)]
        default: []
        }
    }

    private static func number(_ answer: Answer?) -> Decimal? {
        switch answer {
        case .integer(let value): Decimal(value)
        case .decimal(let value, _): value
        default: nil
        }
    }
}
