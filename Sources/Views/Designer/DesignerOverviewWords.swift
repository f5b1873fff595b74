import Domain

/// A page's `show_when` in words for the draft's overview, as the route map and the differences say it.
public enum DesignerOverviewWords {
    public static func condition(_ condition: Condition, in definition: ServiceDefinition, _ language: Language) -> String {
        DesignerWords.condition(ConditionWords(condition, in: definition), language)
    }
}
