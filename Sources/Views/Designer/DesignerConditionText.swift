import Domain

/// A definition's conditions and destinations in the designer's words, for the page models controllers build (the
/// page editor's "shown when" and branches, the condition builder's destinations).
public enum DesignerConditionText {
    public static func condition(_ condition: Condition, in definition: ServiceDefinition, _ language: Language) -> String {
        DesignerWords.condition(ConditionWords(condition, in: definition), language)
    }

    /// Where a `goto` leads: the page's heading, or "Check answers".
    public static func destination(_ id: String, in definition: ServiceDefinition, _ language: Language) -> String {
        if id == NextRule.checkAnswers { return Phrase.routeCheckAnswers(language) }
        guard let page = definition.page(id) else { return id }
        let heading = page.heading.text(language)
        return heading.isEmpty ? id : heading
    }
}
