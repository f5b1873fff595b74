import Domain

/// The answers along a route, one section per service section: check-answers (with Change links), the printable
/// record, the case page and the citizen's account (without).
public struct AnswerSection: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var key: String
        public var lines: [String]
        /// Where "Change" leads; nil where answers can no longer be changed.
        public var changeURL: String?

        public init(key: String, lines: [String], changeURL: String? = nil) {
            self.key = key
            self.lines = lines
            self.changeURL = changeURL
        }
    }

    public var title: String
    public var rows: [Row]

    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}

public enum AnswerSummary {
    /// The sections for the pages of `route`; with `changeBase` (the service's address) each row links to its page.
    /// `computed` are the definition's computed values worked out for these answers (`JourneyRoute.computedValues`),
    /// each shown after the last page it reads.
    public static func sections(_ definition: ServiceDefinition, route: [Page], answers: Answers, language: Language,
                                changeBase: String?, computed: [String: Answer] = [:]) -> [AnswerSection] {
        var sections: [AnswerSection] = []
        for section in definition.sections {
            var rows: [AnswerSection.Row] = []
            for page in route where section.pages.contains(where: { $0.id == page.id }) {
                if let group = page.repeatGroup {
                    let items = answers.items[page.id] ?? []
                    if items.isEmpty {
                        rows.append(.init(key: group.summaryTitle.text(language), lines: [Phrase.journeyNoneAdded(language)],
                                          changeURL: changeBase.map { "\($0)/\(page.id)?change=1" }))
                    }
                    for (index, item) in items.enumerated() {
                        let lines = page.questions.flatMap { question in
                            item[question.id].map { AnswerDisplay.lines($0, for: question, language: language) } ?? []
                        }
                        rows.append(.init(key: itemTitle(group, index + 1, language), lines: lines,
                                          changeURL: changeBase.map { "\($0)/\(page.id)/\(index + 1)?change=1" }))
                    }
                } else {
                    for question in page.questions {
                        let lines = answers[question.id].map { AnswerDisplay.lines($0, for: question, language: language) }
                            ?? [Phrase.journeyNotAnswered(language)]
                        rows.append(.init(key: question.label.text(language), lines: lines,
                                          changeURL: changeBase.map { "\($0)/\(page.id)?change=1" }))
                    }
                }
                for value in definition.computed where value.afterPage == page.id {
                    guard let answer = computed[value.id] else { continue }
                    rows.append(.init(key: value.label.text(language), lines: AnswerDisplay.lines(answer, for: value.displayQuestion, language: language)))
                }
            }
            if !rows.isEmpty { sections.append(AnswerSection(title: section.title.text(language), rows: rows)) }
        }
        return sections
    }

    /// "Qualification 2": the item's name, capitalised, and its number in the list.
    public static func itemTitle(_ group: RepeatGroup, _ number: Int, _ language: Language) -> String {
        let name = group.itemName.text(language)
        return (name.prefix(1).uppercased() + name.dropFirst()) + " \(number)"
    }
}
