import Foundation

/// One change a designer makes to a service definition in the browser. `apply(to:)` is pure: it gives the new
/// definition, or a refusal that says what is in the way. Ids stay as they are; new elements get ids made from their
/// labels (see `DefinitionIDs`). A controller builds one edit from a form post and applies it.
public enum DefinitionEdit: Sendable, Equatable {
    case setServiceTexts(ServiceTexts)

    case addSection(title: LocalisedText, at: Int? = nil)
    /// Sections keep their id when their title changes.
    case renameSection(id: String, title: LocalisedText)
    /// Removes the section with its pages.
    case removeSection(id: String)
    case moveSection(id: String, to: Int)

    /// A new page, empty until a question is added (or it is made an exit page).
    case addPage(section: String, title: LocalisedText?, at: Int? = nil)
    case removePage(id: String)
    /// Moves a page to `index` in `section` (which may be another section).
    case movePage(id: String, section: String, to: Int)
    case setPageTitle(page: String, LocalisedText?)
    case setPageBody(page: String, LocalisedText?)
    case setShowWhen(page: String, Condition?)
    case setExit(page: String, Bool)
    case setRepeat(page: String, RepeatGroup?)
    case setNextRules(page: String, [NextRule])

    case addQuestion(page: String, type: QuestionType, label: LocalisedText, at: Int? = nil)
    case removeQuestion(id: String)
    /// Moves a question to `index` on `page` (which may be another page).
    case moveQuestion(id: String, page: String, to: Int)
    /// Settings the new type does not take are dropped; options are kept between choice and choices.
    case setQuestionType(id: String, QuestionType)
    case setQuestionLabel(id: String, LocalisedText)
    case setQuestionHint(id: String, LocalisedText?)
    case setRequired(id: String, Bool)
    case setQuestionSettings(id: String, QuestionSettings)
    /// Sets (or, with nil, removes) the message shown when the answer fails the check `kind`.
    case setErrorMessage(question: String, ErrorKind, LocalisedText?)

    case addOption(question: String, label: LocalisedText, hint: LocalisedText? = nil, at: Int? = nil)
    case setOption(question: String, value: String, label: LocalisedText, hint: LocalisedText?)
    case removeOption(question: String, value: String)
    case moveOption(question: String, value: String, to: Int)
}

/// The texts of the service's own pages: start, check answers and confirmation.
public struct ServiceTexts: Sendable, Equatable {
    public var title: LocalisedText
    public var summary: LocalisedText
    public var startBody: LocalisedText
    public var beforeYouStart: LocalisedText?
    public var checkAnswersTitle: LocalisedText
    public var declaration: LocalisedText?
    public var confirmationTitle: LocalisedText
    public var whatHappensNext: LocalisedText

    public init(title: LocalisedText, summary: LocalisedText, startBody: LocalisedText, beforeYouStart: LocalisedText?,
                checkAnswersTitle: LocalisedText, declaration: LocalisedText?, confirmationTitle: LocalisedText, whatHappensNext: LocalisedText) {
        self.title = title
        self.summary = summary
        self.startBody = startBody
        self.beforeYouStart = beforeYouStart
        self.checkAnswersTitle = checkAnswersTitle
        self.declaration = declaration
        self.confirmationTitle = confirmationTitle
        self.whatHappensNext = whatHappensNext
    }

    /// The texts as they are now, for a form to start from.
    public init(_ definition: ServiceDefinition) {
        self.init(title: definition.title, summary: definition.summary, startBody: definition.startBody,
                  beforeYouStart: definition.beforeYouStart, checkAnswersTitle: definition.checkAnswersTitle,
                  declaration: definition.declaration, confirmationTitle: definition.confirmationTitle,
                  whatHappensNext: definition.whatHappensNext)
    }
}

/// A question's validation and display settings: the keys after id, type, label, hint and required.
public struct QuestionSettings: Sendable, Equatable {
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var autocomplete: String?
    public var minimum: Decimal?
    public var maximum: Decimal?
    public var money: Bool = false
    public var places: Int = 2
    public var suffix: LocalisedText?
    public var pastOnly: Bool = false
    public var futureOnly: Bool = false
    public var displayAsSelect: Bool = false
    public var minSelected: Int?
    public var maxSelected: Int?
    public var maxFileMB: Int = 10
    public var fileTypes: [FileType] = FileType.allCases
    public var visitKind: String?

    public init() {}

    /// The settings of `question`, for a form to start from.
    public init(_ question: Question) {
        minLength = question.minLength
        maxLength = question.maxLength
        pattern = question.pattern
        autocomplete = question.autocomplete
        minimum = question.minimum
        maximum = question.maximum
        money = question.money
        places = question.places
        suffix = question.suffix
        pastOnly = question.pastOnly
        futureOnly = question.futureOnly
        displayAsSelect = question.displayAsSelect
        minSelected = question.minSelected
        maxSelected = question.maxSelected
        maxFileMB = question.maxFileBytes / (1024 * 1024)
        fileTypes = question.fileTypes
        visitKind = question.visitKind
    }

    /// The definition keys these settings give a value other than their default, for checking against a type.
    var keysSet: [String] {
        var keys: [String] = []
        if minLength != nil { keys.append("min_length") }
        if maxLength != nil { keys.append("max_length") }
        if pattern != nil { keys.append("pattern") }
        if autocomplete != nil { keys.append("autocomplete") }
        if minimum != nil { keys.append("min") }
        if maximum != nil { keys.append("max") }
        if money { keys.append("money") }
        if places != 2 { keys.append("places") }
        if suffix != nil { keys.append("suffix") }
        if pastOnly { keys.append("past") }
        if futureOnly { keys.append("future") }
        if displayAsSelect { keys.append("display") }
        if minSelected != nil { keys.append("min_selected") }
        if maxSelected != nil { keys.append("max_selected") }
        if maxFileMB != 10 { keys.append("max_size_mb") }
        if fileTypes != FileType.allCases { keys.append("types") }
        if visitKind != nil { keys.append("visit") }
        return keys
    }

    /// Only the settings `type` takes; the others back to their defaults.
    func keeping(only type: QuestionType) -> QuestionSettings {
        let allowed = DefinitionParser.questionKeys[type] ?? []
        var kept = QuestionSettings()
        if allowed.contains("min_length") { kept.minLength = minLength }
        if allowed.contains("max_length") { kept.maxLength = maxLength }
        if allowed.contains("pattern") { kept.pattern = pattern }
        if allowed.contains("autocomplete") { kept.autocomplete = autocomplete }
        if allowed.contains("min") { kept.minimum = minimum }
        if allowed.contains("max") { kept.maximum = maximum }
        if allowed.contains("money") { kept.money = money }
        if allowed.contains("places") { kept.places = places }
        if allowed.contains("suffix") { kept.suffix = suffix }
        if allowed.contains("past") { kept.pastOnly = pastOnly }
        if allowed.contains("future") { kept.futureOnly = futureOnly }
        if allowed.contains("display") { kept.displayAsSelect = displayAsSelect }
        if allowed.contains("min_selected") { kept.minSelected = minSelected }
        if allowed.contains("max_selected") { kept.maxSelected = maxSelected }
        if allowed.contains("max_size_mb") { kept.maxFileMB = maxFileMB }
        if allowed.contains("types") { kept.fileTypes = fileTypes }
        if allowed.contains("visit") { kept.visitKind = visitKind }
        return kept
    }

    func apply(to question: inout Question) {
        question.minLength = minLength
        question.maxLength = maxLength
        question.pattern = pattern
        question.autocomplete = autocomplete
        question.minimum = minimum
        question.maximum = maximum
        question.money = money
        question.places = money ? 2 : places
        question.suffix = suffix
        question.pastOnly = pastOnly
        question.futureOnly = futureOnly
        question.displayAsSelect = displayAsSelect
        question.minSelected = minSelected
        question.maxSelected = maxSelected
        question.maxFileBytes = maxFileMB * 1024 * 1024
        question.fileTypes = fileTypes
        question.visitKind = visitKind
    }
}
