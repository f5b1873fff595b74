/// The values a definition gets when it leaves a key out. The parser fills them in and the writer leaves out
/// the keys that hold them, so both read them from here.
public enum DefinitionDefaults {
    public static let checkAnswersTitle = LocalisedText(
        "Check your answers before sending your application", gaelic: "Thoir sùil air na freagairtean agad mus cuir thu an t-iarrtas")

    public static let repeatMinimum = 1
    public static let repeatMaximum = 10
    public static let repeatItemName = LocalisedText("item", gaelic: "nì")
    public static let repeatSummaryTitle = LocalisedText("Your answers", gaelic: "Na freagairtean agad")

    /// The add-another question is made from the item name when the definition does not word it.
    public static func repeatAddAnother(itemName: LocalisedText) -> LocalisedText {
        LocalisedText("Do you need to add another \(itemName.text(.en))?", gaelic: "A bheil feum agad air \(itemName.text(.gd)) eile a chur ris?")
    }

    public static let schedulingEarliestWorkingDays = 1
    public static let schedulingLatestWorkingDays = 20
}
