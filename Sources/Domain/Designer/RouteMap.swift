import Foundation

/// The journey of a service as a graph, for the designer to see: every page in file order with where it can lead,
/// and what is wrong with the routing (pages no route reaches, pages no route leaves, conditions that can never hold).
///
/// It reads the rules the way `JourneyRoute` follows them: the first `next` rule that holds wins, otherwise the
/// journey falls through to the next page that is shown; exit pages are reached only by a rule; a page whose
/// `show_when` does not hold is passed over.
public struct RouteMap: Sendable, Equatable {
    /// Where an arrow starts or ends.
    public enum Place: Sendable, Hashable {
        case start
        case page(String)
        case checkAnswers
        /// A rule names a page that is not in the service.
        case missingPage(String)
    }

    public struct SectionNode: Sendable, Equatable {
        public var id: String
        public var title: LocalisedText
    }

    public struct PageNode: Sendable, Equatable {
        public var id: String
        public var heading: LocalisedText
        /// Index into `sections`.
        public var section: Int
        public var isExit: Bool
        /// A page with no questions that is not an exit: guidance or a warning that continues.
        public var isInformation: Bool
        public var isRepeating: Bool
        public var questionCount: Int
        public var showWhen: ConditionWords?
        /// The arrows leaving this page, `next` rules first (in their order), then where it falls through, then
        /// where the journey goes when the page is not shown.
        public var routes: [Route]
        public var isReachable: Bool
        public var flags: [Problem]
    }

    public struct Route: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// The page's `next` rule number `rule` (0-based); no condition means always.
            case branch(rule: Int, when: ConditionWords?)
            /// No rule applied: on to the next page that is shown (or check answers).
            case otherwise
            /// The page's `show_when` did not hold: the journey passes it over to here.
            case notShown
        }

        public var kind: Kind
        public var to: Place
        /// False when the journey can never take this route (a rule after an unconditional one, a condition that
        /// can never hold, a missing page).
        public var canBeTaken: Bool
    }

    /// What a designer should look at, on a page.
    public enum Problem: Sendable, Equatable {
        /// No route from the start reaches the page.
        case unreachable
        /// From this page no route reaches check answers or an exit page.
        case deadEnd
        /// A condition (the page's `show_when`, or a `next` rule) can never hold.
        case neverHolds(ConditionSite, NeverHolds)
        /// A rule after an unconditional rule: it is never reached.
        case ruleAfterAlways(rule: Int)
        /// A rule names a page that is not in the service.
        case missingPage(rule: Int, id: String)
        /// An exit page has `next` rules; the journey ends there, so they are never followed.
        case rulesOnExit
    }

    public enum ConditionSite: Sendable, Equatable {
        case showWhen
        case rule(Int)
    }

    /// Why a condition can never hold.
    public enum NeverHolds: Sendable, Equatable {
        case notAnOption(question: LocalisedText, values: [String])
        case notANumber(question: LocalisedText)
        /// The question is asked on a later page (or, for `show_when`, on the page itself).
        case askedLater(question: LocalisedText)
        case onRepeatingPage(question: LocalisedText)
        case notInService(questionID: String)
        /// `all` asks one single-answer question for two different values.
        case contradiction(question: LocalisedText)
    }

    public var sections: [SectionNode]
    public var pages: [PageNode]
    /// The first page (or check answers, for a service with none).
    public var first: Place
    public var checkAnswersIsReachable: Bool

    /// Every problem, page by page in journey order.
    public var flags: [(page: String, problem: Problem)] {
        pages.flatMap { page in page.flags.map { (page.id, $0) } }
    }

    public func page(_ id: String) -> PageNode? { pages.first { $0.id == id } }
}

extension RouteMap {
    public init(_ definition: ServiceDefinition) {
        var builder = RouteMapBuilder(definition)
        self = builder.build()
    }
}

/// Builds a `RouteMap` in time proportional to the pages, rules and conditions (1,000 questions in well under a
/// millisecond or so): indices instead of searches, and each page's route worked out once.
struct RouteMapBuilder {
    let definition: ServiceDefinition
    let pages: [Page]
    let questions: QuestionIndex
    let position: [String: Int]
    /// For each page, the index of the next page that is not an exit (nil: check answers).
    let nextCandidate: [Int?]

    init(_ definition: ServiceDefinition) {
        self.definition = definition
        pages = definition.pages
        questions = QuestionIndex(definition)
        var position: [String: Int] = [:]
        for (index, page) in pages.enumerated() where position[page.id] == nil { position[page.id] = index }
        self.position = position
        var next = [Int?](repeating: nil, count: pages.count)
        var following: Int?
        for index in pages.indices.reversed() {
            next[index] = following
            if !pages[index].isExit { following = index }
        }
        nextCandidate = next
    }

    mutating func build() -> RouteMap {
        var sectionNodes: [RouteMap.SectionNode] = []
        var nodes: [RouteMap.PageNode] = []
        nodes.reserveCapacity(pages.count)
        for section in definition.sections {
            sectionNodes.append(RouteMap.SectionNode(id: section.id, title: section.title))
            for page in section.pages {
                nodes.append(node(page, at: nodes.count, section: sectionNodes.count - 1))
            }
        }
        let (visited, checkAnswersReached) = reachable(nodes)
        let finishes = canFinish(nodes)
        for index in nodes.indices {
            nodes[index].isReachable = visited[index]
            if !visited[index] { nodes[index].flags.insert(.unreachable, at: 0) }
            if !nodes[index].isExit && !finishes[index] { nodes[index].flags.append(.deadEnd) }
        }
        let first: RouteMap.Place = pages.first.map { .page($0.id) } ?? .checkAnswers
        return RouteMap(sections: sectionNodes, pages: nodes, first: first, checkAnswersIsReachable: checkAnswersReached || pages.isEmpty)
    }

    private func place(after index: Int) -> RouteMap.Place {
        nextCandidate[index].map { .page(pages[$0].id) } ?? .checkAnswers
    }

    private func node(_ page: Page, at index: Int, section: Int) -> RouteMap.PageNode {
        var routes: [RouteMap.Route] = []
        var flags: [RouteMap.Problem] = []
        var showWhen: ConditionWords?
        if let condition = page.showWhen {
            showWhen = ConditionWords(condition, in: definition, questions: questions)
            if let reason = neverHolds(condition, at: index, inNextRule: false) { flags.append(.neverHolds(.showWhen, reason)) }
        }
        if page.isExit {
            if !page.next.isEmpty { flags.append(.rulesOnExit) }
        } else {
            var afterAlways = false
            for (number, rule) in page.next.enumerated() {
                var canBeTaken = !afterAlways
                if afterAlways { flags.append(.ruleAfterAlways(rule: number)) }
                var words: ConditionWords?
                if let condition = rule.when {
                    words = ConditionWords(condition, in: definition, questions: questions)
                    if let reason = neverHolds(condition, at: index, inNextRule: true) {
                        flags.append(.neverHolds(.rule(number), reason))
                        canBeTaken = false
                    }
                }
                let target: RouteMap.Place
                if rule.goto == NextRule.checkAnswers {
                    target = .checkAnswers
                } else if position[rule.goto] != nil {
                    target = .page(rule.goto)
                } else {
                    target = .missingPage(rule.goto)
                    flags.append(.missingPage(rule: number, id: rule.goto))
                    canBeTaken = false
                }
                routes.append(RouteMap.Route(kind: .branch(rule: number, when: words), to: target, canBeTaken: canBeTaken))
                if rule.when == nil { afterAlways = true }
            }
            if !afterAlways { routes.append(RouteMap.Route(kind: .otherwise, to: place(after: index), canBeTaken: true)) }
            if page.showWhen != nil { routes.append(RouteMap.Route(kind: .notShown, to: place(after: index), canBeTaken: true)) }
        }
        return RouteMap.PageNode(
            id: page.id, heading: page.heading, section: section, isExit: page.isExit,
            isInformation: !page.isExit && page.questions.isEmpty, isRepeating: page.repeatGroup != nil,
            questionCount: page.questions.count, showWhen: showWhen, routes: routes, isReachable: false, flags: flags
        )
    }

    /// Whether the journey can be shown page `index` when it arrives there (exit pages are shown whenever a rule
    /// leads to them; other pages when their `show_when` can hold).
    private func canShow(_ nodes: [RouteMap.PageNode], _ index: Int) -> Bool {
        if nodes[index].isExit || pages[index].showWhen == nil { return true }
        return !nodes[index].flags.contains { if case .neverHolds(.showWhen, _) = $0 { true } else { false } }
    }

    /// The pages the journey can arrive at, if `place` is where a route points: the page itself when it can be
    /// shown, and the pages after it when it may be passed over.
    private func arrivals(_ nodes: [RouteMap.PageNode], at place: RouteMap.Place) -> (pages: [Int], checkAnswers: Bool) {
        var result: [Int] = []
        var current: Int?
        switch place {
        case .page(let id): current = position[id]
        case .checkAnswers: return ([], true)
        case .start, .missingPage: return ([], false)
        }
        while let index = current {
            if canShow(nodes, index) { result.append(index) }
            if nodes[index].isExit || pages[index].showWhen == nil { return (result, false) }
            current = nextCandidate[index]
        }
        return (result, true)
    }

    private func reachable(_ nodes: [RouteMap.PageNode]) -> (visited: [Bool], checkAnswers: Bool) {
        var visited = [Bool](repeating: false, count: nodes.count)
        var checkAnswers = false
        var work: [Int] = []
        func arrive(_ place: RouteMap.Place) {
            let (indices, reachesEnd) = arrivals(nodes, at: place)
            if reachesEnd { checkAnswers = true }
            for index in indices where !visited[index] {
                visited[index] = true
                work.append(index)
            }
        }
        if let first = pages.first { arrive(.page(first.id)) } else { checkAnswers = true }
        while let index = work.popLast() {
            for route in nodes[index].routes where route.canBeTaken && route.kind != .notShown {
                arrive(route.to)
            }
        }
        return (visited, checkAnswers)
    }

    /// For each page, whether some route from it ends at check answers or an exit. Routes only go forward in a valid
    /// definition, so one pass from the end settles it; further passes cover a definition that goes back.
    private func canFinish(_ nodes: [RouteMap.PageNode]) -> [Bool] {
        var finishes = nodes.map(\.isExit)
        for _ in 0..<max(1, nodes.count) {
            var changed = false
            for index in nodes.indices.reversed() where !finishes[index] {
                let done = nodes[index].routes.contains { route in
                    guard route.canBeTaken, route.kind != .notShown else { return false }
                    let (indices, reachesEnd) = arrivals(nodes, at: route.to)
                    return reachesEnd || indices.contains { finishes[$0] }
                }
                if done {
                    finishes[index] = true
                    changed = true
                }
            }
            if !changed { break }
        }
        return finishes
    }

    /// Why `condition`, on the page at `index`, can never hold; nil when it can.
    func neverHolds(_ condition: Condition, at index: Int, inNextRule: Bool) -> RouteMap.NeverHolds? {
        switch condition {
        case .equals(let id, let value):
            return askedInTime(id, at: index, inNextRule: inNextRule) ?? notOffered(id, [value])
        case .oneOf(let id, let values):
            return askedInTime(id, at: index, inNextRule: inNextRule) ?? notOffered(id, values)
        case .greaterThan(let id, _), .lessThan(let id, _):
            if let reason = askedInTime(id, at: index, inNextRule: inNextRule) { return reason }
            guard let question = questions[id]?.question else { return nil }
            return question.type == .number || question.type == .decimal ? nil : .notANumber(question: question.label)
        case .answered(let id, _), .date(let id, _), .postcodeIn(let id, _):
            return askedInTime(id, at: index, inNextRule: inNextRule)
        case .itemCount, .anyItem, .everyItem:
            return nil
        case .all(let parts):
            for part in parts {
                if let reason = neverHolds(part, at: index, inNextRule: inNextRule) { return reason }
            }
            return contradiction(parts)
        case .any(let parts):
            var first: RouteMap.NeverHolds?
            for part in parts {
                guard let reason = neverHolds(part, at: index, inNextRule: inNextRule) else { return nil }
                if first == nil { first = reason }
            }
            return first
        case .not:
            // A negation holds whenever its inner condition fails, which an impossible condition always does.
            return nil
        }
    }

    private func askedInTime(_ id: String, at index: Int, inNextRule: Bool) -> RouteMap.NeverHolds? {
        // A computed value is read like a question; the parser has already checked when its answers are given.
        guard let entry = questions[id] else { return definition.computedValue(id) == nil ? .notInService(questionID: id) : nil }
        if entry.pagePosition > index || (entry.pagePosition == index && !inNextRule) {
            return .askedLater(question: entry.question.label)
        }
        if entry.onRepeatingPage { return .onRepeatingPage(question: entry.question.label) }
        return nil
    }

    private func notOffered(_ id: String, _ values: [String]) -> RouteMap.NeverHolds? {
        guard let question = questions[id]?.question else { return nil }
        let offered: [String]
        switch question.type {
        case .choice, .choices: offered = question.options.map(\.value)
        case .yesNo: offered = ["yes", "no"]
        default: return nil
        }
        let missing = values.filter { !offered.contains($0) }
        return missing.count == values.count ? .notAnOption(question: question.label, values: missing) : nil
    }

    /// Two `equals` on one single-answer question with different values can never both hold.
    private func contradiction(_ parts: [Condition]) -> RouteMap.NeverHolds? {
        var wanted: [String: String] = [:]
        for part in parts {
            guard case .equals(let id, let value) = part, let question = questions[id]?.question,
                  question.type == .choice || question.type == .yesNo else { continue }
            if let earlier = wanted[id], earlier != value { return .contradiction(question: question.label) }
            wanted[id] = value
        }
        return nil
    }
}
