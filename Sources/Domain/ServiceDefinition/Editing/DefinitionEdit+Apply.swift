import Foundation

extension DefinitionEdit {
    public func apply(to definition: ServiceDefinition) throws(DefinitionEditRefusal) -> ServiceDefinition {
        var draft = Draft(definition)
        try draft.apply(self)
        try draft.checkOrder()
        return draft.built()
    }
}

/// The definition's parts being edited; `built()` makes a definition again (its page index is made in `init`).
struct Draft {
    var definition: ServiceDefinition
    var sections: [Section]

    init(_ definition: ServiceDefinition) {
        self.definition = definition
        sections = definition.sections
    }

    func built() -> ServiceDefinition {
        let d = definition
        return ServiceDefinition(
            slug: d.slug, referencePrefix: d.referencePrefix, title: d.title, summary: d.summary, startBody: d.startBody,
            beforeYouStart: d.beforeYouStart, sections: sections, checkAnswersTitle: d.checkAnswersTitle, declaration: d.declaration,
            confirmationTitle: d.confirmationTitle, whatHappensNext: d.whatHappensNext, workflow: d.workflow,
            scheduling: d.scheduling, notifications: d.notifications)
    }

    // MARK: Finding

    var pages: [Page] { sections.flatMap(\.pages) }

    func sectionIndex(_ id: String) throws(DefinitionEditRefusal) -> Int {
        guard let index = sections.firstIndex(where: { $0.id == id }) else { throw .unknownSection(id) }
        return index
    }

    func pageIndex(_ id: String) throws(DefinitionEditRefusal) -> (section: Int, page: Int) {
        for (s, section) in sections.enumerated() {
            if let p = section.pages.firstIndex(where: { $0.id == id }) { return (s, p) }
        }
        throw .unknownPage(id)
    }

    func questionIndex(_ id: String) throws(DefinitionEditRefusal) -> (section: Int, page: Int, question: Int) {
        for (s, section) in sections.enumerated() {
            for (p, page) in section.pages.enumerated() {
                if let q = page.questions.firstIndex(where: { $0.id == id }) { return (s, p, q) }
            }
        }
        throw .unknownQuestion(id)
    }

    mutating func withPage(_ id: String, _ change: (inout Page) throws(DefinitionEditRefusal) -> Void) throws(DefinitionEditRefusal) {
        let at = try pageIndex(id)
        try change(&sections[at.section].pages[at.page])
    }

    mutating func withQuestion(_ id: String, _ change: (inout Question) throws(DefinitionEditRefusal) -> Void) throws(DefinitionEditRefusal) {
        let at = try questionIndex(id)
        try change(&sections[at.section].pages[at.page].questions[at.question])
    }

    static func required(_ text: LocalisedText, _ what: String) throws(DefinitionEditRefusal) -> LocalisedText {
        guard !text.english.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyText(what) }
        return text
    }

    static func clamped(_ index: Int?, count: Int) -> Int {
        min(max(index ?? count, 0), count)
    }

    // MARK: Applying

    mutating func apply(_ edit: DefinitionEdit) throws(DefinitionEditRefusal) {
        switch edit {
        case .setServiceTexts(let texts):
            definition.title = try Self.required(texts.title, "service name")
            definition.summary = try Self.required(texts.summary, "summary")
            definition.startBody = try Self.required(texts.startBody, "start page text")
            definition.beforeYouStart = texts.beforeYouStart
            definition.checkAnswersTitle = try Self.required(texts.checkAnswersTitle, "check answers title")
            definition.declaration = texts.declaration
            definition.confirmationTitle = try Self.required(texts.confirmationTitle, "confirmation title")
            definition.whatHappensNext = try Self.required(texts.whatHappensNext, "what happens next")

        case .addSection(let title, let index):
            let id = DefinitionIDs.unique(from: try Self.required(title, "section title"), fallback: "section", taken: Set(sections.map(\.id)))
            sections.insert(Section(id: id, title: title, pages: []), at: Self.clamped(index, count: sections.count))
        case .renameSection(let id, let title):
            sections[try sectionIndex(id)].title = try Self.required(title, "section title")
        case .removeSection(let id):
            let index = try sectionIndex(id)
            guard sections.count > 1 else { throw .lastSection }
            let removed = sections[index].pages
            try checkUnused(questions: removed.flatMap(\.questions).map(\.id), pages: Set(removed.map(\.id)))
            for page in removed { try checkNotTarget(page: page.id, ignoring: Set(removed.map(\.id))) }
            sections.remove(at: index)
        case .moveSection(let id, let to):
            let section = sections.remove(at: try sectionIndex(id))
            sections.insert(section, at: Self.clamped(to, count: sections.count))

        case .addPage(let sectionID, let title, let index):
            let s = try sectionIndex(sectionID)
            let taken = Set(pages.map(\.id)).union(DefinitionIDs.reservedPageIDs)
            let id = DefinitionIDs.unique(from: title ?? LocalisedText("page"), fallback: "page", taken: taken)
            sections[s].pages.insert(Page(id: id, title: title), at: Self.clamped(index, count: sections[s].pages.count))
        case .removePage(let id):
            let at = try pageIndex(id)
            let page = sections[at.section].pages[at.page]
            try checkUnused(questions: page.questions.map(\.id), pages: [id])
            try checkNotTarget(page: id)
            sections[at.section].pages.remove(at: at.page)
        case .movePage(let id, let sectionID, let to):
            let from = try pageIndex(id)
            let target = try sectionIndex(sectionID)
            let page = sections[from.section].pages.remove(at: from.page)
            sections[target].pages.insert(page, at: Self.clamped(to, count: sections[target].pages.count))
        case .setPageTitle(let id, let title):
            try withPage(id) { page throws(DefinitionEditRefusal) in page.title = title }
        case .setPageBody(let id, let body):
            try withPage(id) { page throws(DefinitionEditRefusal) in page.body = body }
        case .setShowWhen(let id, let condition):
            try withPage(id) { page throws(DefinitionEditRefusal) in page.showWhen = condition }
        case .setExit(let id, let isExit):
            try withPage(id) { page throws(DefinitionEditRefusal) in
                if isExit, !page.questions.isEmpty {
                    throw .invalidSetting("page \(id) has questions; remove them before making it an exit page")
                }
                page.isExit = isExit
                if isExit { page.repeatGroup = nil }
            }
        case .setRepeat(let id, let group):
            if let group, group.min < 0 || group.min > group.max || !DefinitionLimits.repeatMaximum.contains(group.max) {
                throw .invalidSetting("a repeating page needs a minimum from 0 up to its maximum, and a maximum from \(DefinitionLimits.repeatMaximum.lowerBound) to \(DefinitionLimits.repeatMaximum.upperBound)")
            }
            try withPage(id) { page throws(DefinitionEditRefusal) in page.repeatGroup = group }
        case .setNextRules(let id, let rules):
            let known = Set(pages.map(\.id))
            for rule in rules where rule.goto != NextRule.checkAnswers && !known.contains(rule.goto) {
                throw .gotoUnknown(page: id, target: rule.goto)
            }
            try withPage(id) { page throws(DefinitionEditRefusal) in page.next = rules }

        case .addQuestion(let pageID, let type, let label, let index):
            let taken = Set(pages.flatMap(\.questions).map(\.id))
            let id = DefinitionIDs.unique(from: try Self.required(label, "question"), fallback: "question", taken: taken)
            try withPage(pageID) { page throws(DefinitionEditRefusal) in
                if page.isExit { throw .invalidSetting("page \(pageID) is an exit page, which has no questions") }
                page.questions.insert(Question(id: id, type: type, label: label), at: Self.clamped(index, count: page.questions.count))
            }
        case .removeQuestion(let id):
            let at = try questionIndex(id)
            try checkUnused(questions: [id], pages: [])
            sections[at.section].pages[at.page].questions.remove(at: at.question)
        case .moveQuestion(let id, let pageID, let to):
            let target = try pageIndex(pageID)
            if sections[target.section].pages[target.page].isExit { throw .invalidSetting("page \(pageID) is an exit page, which has no questions") }
            let from = try questionIndex(id)
            let question = sections[from.section].pages[from.page].questions.remove(at: from.question)
            let to = Self.clamped(to, count: sections[target.section].pages[target.page].questions.count)
            sections[target.section].pages[target.page].questions.insert(question, at: to)
        case .setQuestionType(let id, let type):
            let question = sections.flatMap(\.pages).flatMap(\.questions).first { $0.id == id }
            guard let question else { throw .unknownQuestion(id) }
            guard question.type != type else { return }
            let comparing = uses(of: id).filter { use in
                conditions(at: use).contains { $0.compares(id) }
            }
            if !comparing.isEmpty { throw .inUse(question: id, value: nil, by: comparing) }
            try withQuestion(id) { question throws(DefinitionEditRefusal) in
                var changed = Question(id: id, type: type, label: question.label)
                changed.hint = question.hint
                changed.required = question.required
                changed.errors = question.errors
                QuestionSettings(question).keeping(only: type).apply(to: &changed)
                if [.choice, .choices].contains(type), [.choice, .choices].contains(question.type) { changed.options = question.options }
                question = changed
            }
        case .setQuestionLabel(let id, let label):
            let label = try Self.required(label, "question")
            try withQuestion(id) { question throws(DefinitionEditRefusal) in question.label = label }
        case .setQuestionHint(let id, let hint):
            try withQuestion(id) { question throws(DefinitionEditRefusal) in question.hint = hint }
        case .setRequired(let id, let required):
            try withQuestion(id) { question throws(DefinitionEditRefusal) in question.required = required }
        case .setQuestionSettings(let id, let settings):
            try withQuestion(id) { question throws(DefinitionEditRefusal) in
                let allowed = DefinitionParser.questionKeys[question.type] ?? []
                if let key = settings.keysSet.first(where: { !allowed.contains($0) }) { throw .settingNotForType(key: key, type: question.type) }
                try Self.check(settings)
                settings.apply(to: &question)
            }
        case .setErrorMessage(let id, let kind, let text):
            try withQuestion(id) { question throws(DefinitionEditRefusal) in question.errors[kind] = text }

        case .addOption(let id, let label, let hint, let index):
            let label = try Self.required(label, "option label")
            try withQuestion(id) { question throws(DefinitionEditRefusal) in
                let value = DefinitionIDs.unique(from: label, fallback: "option", taken: Set(question.options.map(\.value)))
                question.options.insert(Option(value: value, label: label, hint: hint), at: Self.clamped(index, count: question.options.count))
            }
        case .setOption(let id, let value, let label, let hint):
            let label = try Self.required(label, "option label")
            try withQuestion(id) { question throws(DefinitionEditRefusal) in
                guard let index = question.options.firstIndex(where: { $0.value == value }) else { throw .unknownOption(question: id, value: value) }
                question.options[index].label = label
                question.options[index].hint = hint
            }
        case .removeOption(let id, let value):
            _ = try questionIndex(id)
            let comparing = uses(of: id).filter { use in conditions(at: use).contains { $0.compares(id, with: value) } }
            if !comparing.isEmpty { throw .inUse(question: id, value: value, by: comparing) }
            try withQuestion(id) { question throws(DefinitionEditRefusal) in
                guard let index = question.options.firstIndex(where: { $0.value == value }) else { throw .unknownOption(question: id, value: value) }
                question.options.remove(at: index)
            }
        case .moveOption(let id, let value, let to):
            try withQuestion(id) { question throws(DefinitionEditRefusal) in
                guard let index = question.options.firstIndex(where: { $0.value == value }) else { throw .unknownOption(question: id, value: value) }
                let option = question.options.remove(at: index)
                question.options.insert(option, at: Self.clamped(to, count: question.options.count))
            }
        }
    }

    static func check(_ settings: QuestionSettings) throws(DefinitionEditRefusal) {
        if let low = settings.minLength, let high = settings.maxLength, low > high {
            throw .invalidSetting("the shortest answer (\(low)) is longer than the longest (\(high))")
        }
        if let low = settings.minimum, let high = settings.maximum, low > high {
            throw .invalidSetting("the smallest answer (\(low)) is more than the largest (\(high))")
        }
        if let pattern = settings.pattern, (try? NSRegularExpression(pattern: "^(?:\(pattern))$")) == nil {
            throw .invalidSetting("the pattern is not a valid regular expression")
        }
        if settings.pastOnly, settings.futureOnly { throw .invalidSetting("a date cannot be both past and future") }
        if !DefinitionLimits.fileSizeMB.contains(settings.maxFileMB) {
            throw .invalidSetting("the largest file must be between \(DefinitionLimits.fileSizeMB.lowerBound) and \(DefinitionLimits.fileSizeMB.upperBound) MB")
        }
        if !DefinitionLimits.decimalPlaces.contains(settings.places) {
            throw .invalidSetting("places must be between \(DefinitionLimits.decimalPlaces.lowerBound) and \(DefinitionLimits.decimalPlaces.upperBound)")
        }
        if settings.fileTypes.isEmpty { throw .invalidSetting("choose at least one file type") }
    }
}
