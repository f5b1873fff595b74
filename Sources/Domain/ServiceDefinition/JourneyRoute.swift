import Foundation

/// Decides the order of pages from the answers given: the one place branching rules are evaluated.
public struct JourneyRoute: Sendable {
    public let definition: ServiceDefinition
    /// The council's today (from `CouncilClock`), for conditions on dates.
    public let today: CalendarDay

    public init(_ definition: ServiceDefinition, today: CalendarDay) {
        self.definition = definition
        self.today = today
    }

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

    /// A page is shown when its own `show_when` and its section's both hold.
    public func isShown(_ page: Page, _ answers: Answers) -> Bool {
        if let section = definition.sectionCondition(of: page.id), !holds(section, answers) { return false }
        return page.showWhen.map { holds($0, answers) } ?? true
    }

    /// Whether `question` must be answered, given the answers so far: its `required_when`, else its `required`.
    public func isRequired(_ question: Question, _ answers: Answers) -> Bool {
        question.requiredWhen.map { holds($0, answers) } ?? question.required
    }

    public func holds(_ condition: Condition, _ answers: Answers) -> Bool {
        switch condition {
        case .equals(let question, let value):
            return holdsOneOf(question, [value], answers)
        case .oneOf(let question, let candidates):
            return holdsOneOf(question, candidates, answers)
        case .date(let question, let test):
            guard case .date(let year, let month, let day)? = answer(question, answers) else { return false }
            return holds(test, CalendarDay(year: year, month: month, day: day))
        case .postcodeIn(let question, let places):
            guard let district = Self.postcode(of: answer(question, answers)).flatMap(CaseIndex.district) else { return false }
            let area = String(district.prefix { $0.isLetter })
            return places.contains { $0 == district || $0 == area }
        case .greaterThan(let question, let limit):
            return Self.number(answer(question, answers)).map { $0 > limit } ?? false
        case .lessThan(let question, let limit):
            return Self.number(answer(question, answers)).map { $0 < limit } ?? false
        case .answered(let question, let expected):
            return (answer(question, answers) != nil) == expected
        case .itemCount(let page, let bound):
            return bound.holds(answers.items[page]?.count ?? 0)
        case .anyItem(let page, let inner):
            return (answers.items[page] ?? []).contains { holds(inner, Answers(values: $0)) }
        case .everyItem(let page, let inner):
            let items = answers.items[page] ?? []
            return !items.isEmpty && items.allSatisfy { holds(inner, Answers(values: $0)) }
        case .all(let conditions):
            return conditions.allSatisfy { holds($0, answers) }
        case .any(let conditions):
            return conditions.contains { holds($0, answers) }
        case .not(let inner):
            return !holds(inner, answers)
        }
    }

    /// The answer to a question, or the value of a computed value of that id.
    public func answer(_ id: String, _ answers: Answers) -> Answer? {
        if let given = answers[id] { return given }
        return definition.computedValue(id)?.value(answers, today: today)
    }

    /// Every computed value that has one, by id (for check-answers).
    public func computedValues(_ answers: Answers) -> [String: Answer] {
        var values: [String: Answer] = [:]
        for computed in definition.computed { values[computed.id] = computed.value(answers, today: today) }
        return values
    }

    /// Typed answers (a name, a reference, a postcode) match ignoring case and spaces; option values match exactly.
    private func holdsOneOf(_ questionID: String, _ candidates: [String], _ answers: Answers) -> Bool {
        let given = Self.values(of: answer(questionID, answers))
        guard let question = definition.question(questionID), Self.isTyped(question.type) else {
            return given.contains { candidates.contains($0) }
        }
        let wanted = Set(candidates.map(Self.looseText))
        return given.contains { wanted.contains(Self.looseText($0)) }
    }

    static func isTyped(_ type: QuestionType) -> Bool {
        [.text, .longText, .email, .phone, .postcode, .niNumber].contains(type)
    }

    /// Text compared as a person would: "pa34 4ab" is "PA34 4AB".
    static func looseText(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
    }

    private func holds(_ test: DateTest, _ date: CalendarDay) -> Bool {
        switch test {
        case .before(let limit): return date < limit
        case .after(let limit): return limit < date
        case .yearsAgo(let bound): return bound.holds(Self.wholeYears(from: date, to: today))
        case .daysAgo(let bound): return bound.holds(today.dayNumber - date.dayNumber)
        case .daysFromToday(let bound): return bound.holds(date.dayNumber - today.dayNumber)
        }
    }

    /// Completed years from `start` to `end`: an age, counting the birthday itself (29 February counts from 1 March).
    static func wholeYears(from start: CalendarDay, to end: CalendarDay) -> Int {
        let years = end.year - start.year
        return (end.month, end.day) < (start.month, start.day) ? years - 1 : years
    }

    private static func postcode(of answer: Answer?) -> String? {
        switch answer {
        case .text(let value): value
        case .address(let address): address.postcode
        default: nil
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
