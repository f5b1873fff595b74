import Domain

/// A page's `show_when` in words for the draft's overview, as the route map and the differences say it.
public enum DesignerOverviewWords {
    /// `questions`: the definition's index, built once per page by the caller (building it for each condition of a
    /// large service cost the overview most of its time).
    public static func condition(_ condition: Condition, in definition: ServiceDefinition, questions: QuestionIndex? = nil,
                                 _ language: Language) -> String {
        DesignerWords.condition(ConditionWords(condition, in: definition, questions: questions), language)
    }
}
