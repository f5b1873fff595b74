import Foundation

/// The changes from one version of a service to another, in the order of the newer version: the service's own texts,
/// then section by section and page by page (what was removed from a page or section comes after what it still
/// has), then check answers and confirmation, workflow, scheduling and messages.
///
/// Sections, pages, questions, options and workflow states are matched by id, so a renamed page is a changed title,
/// not a page removed and another added.
public struct DefinitionDiff: Sendable, Equatable {
    public var changes: [DefinitionChange]

    public var isEmpty: Bool { changes.isEmpty }

    public init(from old: ServiceDefinition, to new: ServiceDefinition) {
        var differ = DefinitionDiffer(old: old, new: new)
        changes = differ.run()
    }
}

struct DefinitionDiffer {
    let old: ServiceDefinition
    let new: ServiceDefinition
    let oldQuestions: QuestionIndex
    let newQuestions: QuestionIndex
    var changes: [DefinitionChange] = []

    init(old: ServiceDefinition, new: ServiceDefinition) {
        self.old = old
        self.new = new
        oldQuestions = QuestionIndex(old)
        newQuestions = QuestionIndex(new)
    }

    mutating func run() -> [DefinitionChange] {
        for field in [DefinitionChange.ServiceText.title, .summary, .startBody, .beforeYouStart] { text(field) }
        if old.referencePrefix != new.referencePrefix { changes.append(.referencePrefix(from: old.referencePrefix, to: new.referencePrefix)) }
        sections()
        for field in [DefinitionChange.ServiceText.checkAnswersTitle, .declaration, .confirmationTitle, .whatHappensNext] { text(field) }
        workflow()
        scheduling()
        notifications()
        return changes
    }

    private static func serviceText(_ field: DefinitionChange.ServiceText, _ definition: ServiceDefinition) -> LocalisedText? {
        switch field {
        case .title: definition.title
        case .summary: definition.summary
        case .startBody: definition.startBody
        case .beforeYouStart: definition.beforeYouStart
        case .checkAnswersTitle: definition.checkAnswersTitle
        case .declaration: definition.declaration
        case .confirmationTitle: definition.confirmationTitle
        case .whatHappensNext: definition.whatHappensNext
        }
    }

    private mutating func text(_ field: DefinitionChange.ServiceText) {
        if let change = DefinitionChange.TextChange(Self.serviceText(field, old), Self.serviceText(field, new)) {
            changes.append(.serviceText(field, change))
        }
    }

    // MARK: Sections and pages

    private mutating func sections() {
        let oldSections = Dictionary(old.sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newSectionIDs = Set(new.sections.map(\.id))
        let movedSections = Self.moved(old: old.sections.map(\.id), new: new.sections.map(\.id))
        let oldPageSection = Dictionary(old.sections.flatMap { section in section.pages.map { ($0.id, section.id) } },
                                        uniquingKeysWith: { first, _ in first })
        let newPageIDs = Set(new.pages.map(\.id))
        let movedPages = Self.moved(old: old.pages.map(\.id), new: new.pages.map(\.id))
        for section in new.sections {
            guard let previous = oldSections[section.id] else {
                changes.append(.sectionAdded(section: section.title))
                for page in section.pages { pageIn(section, page, oldSection: oldPageSection[page.id], moved: movedPages) }
                continue
            }
            if movedSections.contains(section.id) { changes.append(.sectionMoved(section: section.title)) }
            if let change = DefinitionChange.TextChange(previous.title, section.title) {
                changes.append(.sectionTitle(section: section.title, change))
            }
            for page in section.pages { pageIn(section, page, oldSection: oldPageSection[page.id], moved: movedPages) }
            for page in previous.pages where !newPageIDs.contains(page.id) { changes.append(.pageRemoved(page: page.heading)) }
        }
        for section in old.sections where !newSectionIDs.contains(section.id) {
            changes.append(.sectionRemoved(section: section.title))
            for page in section.pages where !newPageIDs.contains(page.id) { changes.append(.pageRemoved(page: page.heading)) }
        }
    }

    private mutating func pageIn(_ section: Section, _ page: Page, oldSection: String?, moved: Set<String>) {
        guard let previous = old.page(page.id) else {
            changes.append(.pageAdded(page: page.heading, section: section.title))
            return
        }
        let heading = page.heading
        if oldSection != section.id || moved.contains(page.id) { changes.append(.pageMoved(page: heading, section: section.title)) }
        if let change = DefinitionChange.TextChange(previous.title, page.title) { changes.append(.pageText(page: heading, .title, change)) }
        if let change = DefinitionChange.TextChange(previous.body, page.body) { changes.append(.pageText(page: heading, .body, change)) }
        if previous.isExit != page.isExit { changes.append(.pageExit(page: heading, isExit: page.isExit)) }
        if previous.repeatGroup != page.repeatGroup { changes.append(.pageRepeat(page: heading, page.repeatGroup)) }
        if previous.showWhen != page.showWhen {
            changes.append(.pageShowWhen(page: heading, page.showWhen.map { ConditionWords($0, in: new, questions: newQuestions) }))
        }
        questions(of: page, was: previous)
        if previous.next != page.next { changes.append(.pageBranches(page: heading, page.next.map(ruleWords))) }
    }

    private func ruleWords(_ rule: NextRule) -> DefinitionChange.RuleWords {
        let target: DefinitionChange.RuleWords.Target
        if rule.goto == NextRule.checkAnswers {
            target = .checkAnswers
        } else if let page = new.page(rule.goto) {
            target = .page(page.heading)
        } else {
            target = .missingPage(rule.goto)
        }
        return DefinitionChange.RuleWords(when: rule.when.map { ConditionWords($0, in: new, questions: newQuestions) }, goesTo: target)
    }

    // MARK: Questions

    private mutating func questions(of page: Page, was previous: Page) {
        let heading = page.heading
        let reordered = Self.moved(old: previous.questions.map(\.id), new: page.questions.map(\.id))
        let here = Set(page.questions.map(\.id))
        for question in page.questions {
            guard let before = oldQuestions[question.id] else {
                changes.append(.questionAdded(question: question.label, page: heading))
                continue
            }
            if old.pages[before.pagePosition].id != page.id || reordered.contains(question.id) {
                changes.append(.questionMoved(question: question.label, page: heading))
            }
            compare(before.question, question)
        }
        for question in previous.questions where !here.contains(question.id) {
            // A question now on another page is reported there, as moved.
            if newQuestions[question.id] == nil { changes.append(.questionRemoved(question: question.label, page: previous.heading)) }
        }
    }

    private mutating func compare(_ old: Question, _ new: Question) {
        let label = new.label
        if let change = DefinitionChange.TextChange(old.label, new.label) { changes.append(.questionText(question: label, .label, change)) }
        if let change = DefinitionChange.TextChange(old.hint, new.hint) { changes.append(.questionText(question: label, .hint, change)) }
        if let change = DefinitionChange.TextChange(old.suffix, new.suffix) { changes.append(.questionText(question: label, .suffix, change)) }
        if old.type != new.type { changes.append(.questionType(question: label, from: old.type, to: new.type)) }
        if old.required != new.required { changes.append(.questionRequired(question: label, required: new.required)) }
        if Self.validation(old) != Self.validation(new) { changes.append(.questionValidation(question: label)) }
        if old.errors != new.errors { changes.append(.questionMessages(question: label)) }
        options(old, new)
    }

    /// The settings that decide which answers are accepted and how the question is shown, other than its texts.
    private static func validation(_ question: Question) -> [String] {
        [question.minLength.map(String.init), question.maxLength.map(String.init), question.minimum.map { "\($0)" },
         question.maximum.map { "\($0)" }, question.pattern, String(question.money), String(question.places), question.autocomplete,
         String(question.displayAsSelect), question.minSelected.map(String.init), question.maxSelected.map(String.init),
         String(question.pastOnly), String(question.futureOnly), String(question.maxFileBytes),
         question.fileTypes.map(\.rawValue).joined(separator: ","), question.visitKind].map { $0 ?? "-" }
    }

    private mutating func options(_ old: Question, _ new: Question) {
        guard old.options != new.options else { return }
        let label = new.label
        let before = Dictionary(old.options.map { ($0.value, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Set(new.options.map(\.value))
        for option in new.options {
            guard let previous = before[option.value] else {
                changes.append(.optionAdded(option: option.label, question: label))
                continue
            }
            if let change = DefinitionChange.TextChange(previous.label, option.label) {
                changes.append(.optionText(option: option.label, question: label, change))
            }
            if let change = DefinitionChange.TextChange(previous.hint, option.hint) {
                changes.append(.optionText(option: option.label, question: label, change))
            }
        }
        for option in old.options where !now.contains(option.value) {
            changes.append(.optionRemoved(option: option.label, question: label))
        }
        if !Self.moved(old: old.options.map(\.value), new: new.options.map(\.value)).isEmpty {
            changes.append(.optionsReordered(question: label))
        }
    }

    // MARK: Workflow, scheduling, messages

    private mutating func workflow() {
        let before = Dictionary(old.workflow.states.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Set(new.workflow.states.map(\.id))
        for state in new.workflow.states {
            guard let previous = before[state.id] else {
                changes.append(.workflowStateAdded(state: state.label))
                continue
            }
            if previous != state { changes.append(.workflowStateChanged(state: state.label)) }
        }
        for state in old.workflow.states where !now.contains(state.id) { changes.append(.workflowStateRemoved(state: state.label)) }
        if old.workflow.transitions != new.workflow.transitions { changes.append(.workflowMovesChanged) }
        if old.workflow.target != new.workflow.target { changes.append(.workflowTargetChanged) }
    }

    private mutating func scheduling() {
        switch (old.scheduling, new.scheduling) {
        case (nil, nil): break
        case (nil, _?): changes.append(.schedulingAdded)
        case (_?, nil): changes.append(.schedulingRemoved)
        case (let before?, let now?): if before != now { changes.append(.schedulingChanged) }
        }
    }

    private mutating func notifications() {
        for event in NotificationEvent.allCases {
            switch (old.notifications.templates[event], new.notifications.templates[event]) {
            case (nil, nil): break
            case (nil, _?): changes.append(.notificationAdded(event))
            case (_?, nil): changes.append(.notificationRemoved(event))
            case (let before?, let now?): if before != now { changes.append(.notificationChanged(event)) }
            }
        }
        if old.notifications.channelQuestion != new.notifications.channelQuestion {
            changes.append(.channelQuestion(new.notifications.channelQuestion.map { newQuestions[$0]?.question.label ?? LocalisedText($0) }))
        }
    }

    // MARK: Order

    /// The ids present in both lists whose place among the others changed: those outside a longest run kept in the
    /// same order, so moving one page down names that page, not every page it passed.
    static func moved(old: [String], new: [String]) -> Set<String> {
        let oldPosition = Dictionary(old.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let common = new.filter { oldPosition[$0] != nil }
        let positions = common.map { oldPosition[$0] ?? 0 }
        let kept = longestIncreasingRun(positions)
        var moved: Set<String> = []
        for (index, id) in common.enumerated() where !kept.contains(index) { moved.insert(id) }
        return moved
    }

    /// The indices of a longest strictly increasing subsequence of `values` (patience sorting, n log n).
    static func longestIncreasingRun(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []          // index into values of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: Set<Int> = []
        var current = tails.last ?? -1
        while current >= 0 {
            result.insert(current)
            current = previous[current]
        }
        return result
    }
}
