import Foundation
import Testing
@testable import Domain

/// The edits a designer makes, each as a pure operation; every result must still write and read back.
@Suite("DefinitionEdit")
struct DefinitionEditTests {
    let hardship: ServiceDefinition

    init() throws { hardship = try Fixtures.sample("hardship-fund") }

    /// Applies `edits` in turn and checks the result writes to YAML that reads back equal.
    func applying(_ edits: DefinitionEdit..., to definition: ServiceDefinition? = nil) throws -> ServiceDefinition {
        var current = definition ?? hardship
        for edit in edits { current = try edit.apply(to: current) }
        return current
    }

    func expectValidRoundTrip(_ definition: ServiceDefinition, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let yaml = try DefinitionWriter.yaml(definition)
        let problems = Fixtures.problems(yaml)
        #expect(problems.isEmpty, "\(problems.map(\.description))", sourceLocation: sourceLocation)
        if problems.isEmpty { #expect(try DefinitionParser.parse(yaml: yaml) == definition, sourceLocation: sourceLocation) }
    }

    func refusal(_ edit: DefinitionEdit, on definition: ServiceDefinition? = nil) -> DefinitionEditRefusal? {
        do {
            _ = try edit.apply(to: definition ?? hardship)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Service

    @Test("service texts are set, and an empty required text is refused")
    func serviceTexts() throws {
        var texts = ServiceTexts(hardship)
        texts.title = LocalisedText("Get a hardship payment", gaelic: "Faigh pàigheadh cruadail")
        texts.declaration = nil
        let edited = try applying(.setServiceTexts(texts))
        #expect(edited.title.english == "Get a hardship payment")
        #expect(edited.declaration == nil)
        try expectValidRoundTrip(edited)
        texts.summary = LocalisedText(" ")
        #expect(refusal(.setServiceTexts(texts)) == .emptyText("summary"))
    }

    // MARK: Sections

    @Test("a section is added with an id from its title, renamed keeping its id, moved and removed")
    func sections() throws {
        var edited = try applying(.addSection(title: LocalisedText("Your details"), at: 1))
        #expect(edited.sections[1].id == "your-details-2", "your-details is taken")
        edited = try applying(.renameSection(id: "money", title: LocalisedText("Income")), .moveSection(id: "household", to: 0), to: edited)
        #expect(edited.sections.first { $0.id == "money" }?.title.english == "Income")
        #expect(edited.sections[0].id == "household")
        #expect(refusal(.moveSection(id: "eligibility", to: 9)) == .gotoBackwards(page: "previous-payment", target: "full-name"))
        #expect(refusal(.renameSection(id: "nope", title: LocalisedText("X"))) == .unknownSection("nope"))
    }

    @Test("removing a section refuses while a condition elsewhere reads its questions, and refuses the last section")
    func removeSection() throws {
        // savings' show_when reads monthly-income, in the same section; removing the whole section takes both.
        let edited = try applying(.removeSection(id: "money"))
        #expect(edited.page("savings") == nil)
        #expect(edited.pages.count == hardship.pages.count - 4)
        // contact-by is the channel question.
        guard case .inUse(let question, nil, let uses) = refusal(.removeSection(id: "your-details")) else {
            Issue.record("expected a refusal naming the question in use")
            return
        }
        #expect(["full-name", "contact-by"].contains(question))
        #expect(!uses.isEmpty)
        var one = try Fixtures.definition(pages: "- id: a\n  questions:\n    - {id: a, type: text, label: A}")
        one = try applying(.renameSection(id: "main", title: LocalisedText("Main")), to: one)
        #expect(refusal(.removeSection(id: "main"), on: one) == .lastSection)
    }

    // MARK: Pages

    @Test("a page is added with a unique id (never a reserved one), given texts, and made an exit page")
    func pages() throws {
        var edited = try applying(.addPage(section: "money", title: LocalisedText("Savings"), at: 0))
        #expect(edited.sections.first { $0.id == "money" }?.pages.first?.id == "savings-2")
        edited = try applying(.addPage(section: "money", title: LocalisedText("Start")), to: edited)
        #expect(edited.sections.first { $0.id == "money" }?.pages.last?.id == "start-2", "start is reserved")
        edited = try applying(
            .setPageTitle(page: "start-2", LocalisedText("Stop here")), .setPageBody(page: "start-2", LocalisedText("You cannot go on.\n\nSorry.")),
            .setExit(page: "start-2", true), .removePage(id: "savings-2"), to: edited)
        let exit = try #require(edited.page("start-2"))
        #expect(exit.isExit && exit.title?.english == "Stop here")
        try expectValidRoundTrip(edited)
        #expect(refusal(.setExit(page: "full-name", true)) == .invalidSetting("page full-name has questions; remove them before making it an exit page"))
    }

    @Test("show_when, repeat and next rules are set on a page; a goto backwards or to no page is refused")
    func pageRules() throws {
        let condition = Condition.any([.equals(question: "lives-in-area", value: "yes"), .answered(question: "full-name", true)])
        let group = RepeatGroup(min: 1, max: 3, itemName: LocalisedText("cost"), addAnother: LocalisedText("Add another cost?"), summaryTitle: LocalisedText("Costs"))
        let edited = try applying(
            .setShowWhen(page: "home-address", condition), .setRepeat(page: "outgoings", group),
            .setNextRules(page: "full-name", [NextRule(when: .answered(question: "full-name", false), goto: "reason"), NextRule(when: nil, goto: "date-of-birth")]))
        #expect(edited.page("home-address")?.showWhen == condition)
        #expect(edited.page("outgoings")?.repeatGroup == group)
        #expect(edited.page("full-name")?.next.count == 2)
        try expectValidRoundTrip(edited)
        #expect(refusal(.setNextRules(page: "reason", [NextRule(when: nil, goto: "full-name")])) == .gotoBackwards(page: "reason", target: "full-name"))
        #expect(refusal(.setNextRules(page: "reason", [NextRule(when: nil, goto: "nowhere")])) == .gotoUnknown(page: "reason", target: "nowhere"))
        #expect(refusal(.setShowWhen(page: "full-name", .answered(question: "reason", true))) == .conditionReadsLater(page: "full-name", question: "reason"))
        #expect(refusal(.setRepeat(page: "outgoings", RepeatGroup(min: 4, max: 3, itemName: group.itemName, addAnother: group.addAnother, summaryTitle: group.summaryTitle))) != nil)
    }

    @Test("a page moves within and between sections; a move that sends a goto backwards is refused")
    func movePage() throws {
        let edited = try applying(.movePage(id: "home-address", section: "household", to: 0))
        #expect(edited.sections.first { $0.id == "household" }?.pages.first?.id == "home-address")
        #expect(edited.sections.first { $0.id == "your-details" }?.pages.contains { $0.id == "home-address" } == false)
        try expectValidRoundTrip(edited)
        // previous-payment goes to full-name: full-name cannot move before it.
        #expect(refusal(.movePage(id: "full-name", section: "eligibility", to: 0)) == .gotoBackwards(page: "previous-payment", target: "full-name"))
    }

    @Test("removing a page refuses while a next rule goes to it or a condition reads its question")
    func removePage() throws {
        #expect(refusal(.removePage(id: "cannot-apply-area")) == .pageIsGotoTarget(page: "cannot-apply-area", from: "lives-in-area"))
        guard case .inUse("monthly-income", nil, let uses) = refusal(.removePage(id: "monthly-income")) else {
            Issue.record("expected monthly-income in use")
            return
        }
        #expect(uses == [.showWhen(page: "savings")])
        #expect(refusal(.removePage(id: "nope")) == .unknownPage("nope"))
        let edited = try applying(.removePage(id: "savings"))
        #expect(edited.page("savings") == nil)
        try expectValidRoundTrip(edited)
    }

    // MARK: Questions

    @Test("a question is added with an id from its label, moved to another page, and removed")
    func questions() throws {
        var edited = try applying(.addQuestion(page: "reason", type: .text, label: LocalisedText("What is your name?"), at: 0))
        #expect(edited.page("reason")?.questions.first?.id == "what-is-your-name")
        edited = try applying(.setPageTitle(page: "reason", LocalisedText("Your reason")), to: edited)
        try expectValidRoundTrip(edited)
        edited = try applying(.moveQuestion(id: "what-is-your-name", page: "needed-for", to: 9), .setPageTitle(page: "needed-for", LocalisedText("Need")), to: edited)
        #expect(edited.page("needed-for")?.questions.last?.id == "what-is-your-name")
        try expectValidRoundTrip(edited)
        edited = try applying(.removeQuestion(id: "what-is-your-name"), to: edited)
        #expect(edited.page("needed-for")?.questions.contains { $0.id == "what-is-your-name" } == false)
        #expect(refusal(.addQuestion(page: "cannot-apply-area", type: .text, label: LocalisedText("X"))) != nil, "exit pages have no questions")
    }

    @Test("removing a question a condition reads is refused, naming the condition")
    func removeQuestionInUse() {
        #expect(refusal(.removeQuestion(id: "lives-in-area")) == .inUse(question: "lives-in-area", value: nil, by: [.nextRule(page: "lives-in-area", index: 0)]))
        #expect(refusal(.removeQuestion(id: "contact-by")) == .inUse(question: "contact-by", value: nil, by: [.channelQuestion]))
        let message = refusal(.removeQuestion(id: "lives-in-area"))?.description ?? ""
        #expect(message == "question lives-in-area is used by next rule 1 of page lives-in-area; change those first")
        #expect(refusal(.moveQuestion(id: "monthly-income", page: "savings", to: 0)) == .conditionReadsLater(page: "savings", question: "monthly-income"))
    }

    @Test("a question's type, label, hint, required, settings and error messages are set")
    func questionSettings() throws {
        var settings = QuestionSettings()
        settings.minLength = 5
        settings.maxLength = 500
        var edited = try applying(
            .setQuestionType(id: "reason", .text), .setQuestionLabel(id: "reason", LocalisedText("Why?", gaelic: "Carson?")),
            .setQuestionHint(id: "reason", nil), .setRequired(id: "reason", false), .setQuestionSettings(id: "reason", settings),
            .setErrorMessage(question: "reason", .tooShort, LocalisedText("Say a bit more")), .setErrorMessage(question: "reason", .required, nil))
        let reason = try #require(edited.pages.flatMap(\.questions).first { $0.id == "reason" })
        #expect(reason.type == .text && reason.label.text(.gd) == "Carson?" && reason.hint == nil && !reason.required)
        #expect(reason.minLength == 5 && reason.maxLength == 500)
        #expect(reason.errors[.tooShort]?.english == "Say a bit more" && reason.errors[.required] == nil)
        try expectValidRoundTrip(edited)
        // Settings the type does not take are dropped with a type change, and refused when set.
        edited = try applying(.setQuestionType(id: "reason", .date), to: edited)
        let date = try #require(edited.pages.flatMap(\.questions).first { $0.id == "reason" })
        #expect(date.minLength == nil && date.maxLength == nil)
        try expectValidRoundTrip(edited)
        #expect(refusal(.setQuestionSettings(id: "reason", settings), on: edited) == .settingNotForType(key: "min_length", type: .date))
        settings.minLength = 600
        #expect(refusal(.setQuestionSettings(id: "full-name", settings)) != nil)
        // A question a condition compares cannot change type.
        #expect(refusal(.setQuestionType(id: "monthly-income", .text)) == .inUse(question: "monthly-income", value: nil, by: [.showWhen(page: "savings")]))
    }

    // MARK: Options

    @Test("options are added with values from their labels, changed, moved and removed; an option a condition compares is kept")
    func options() throws {
        var edited = try applying(
            .addOption(question: "contact-by", label: LocalisedText("By post"), hint: LocalisedText("Slowest"), at: 0),
            .setOption(question: "contact-by", value: "by-post", label: LocalisedText("Post"), hint: nil),
            .moveOption(question: "contact-by", value: "by-post", to: 3))
        let options = try #require(edited.pages.flatMap(\.questions).first { $0.id == "contact-by" }?.options)
        #expect(options.map(\.value) == ["email", "sms", "both", "by-post"])
        #expect(options.last?.label.english == "Post")
        edited = try applying(.removeOption(question: "contact-by", value: "by-post"), to: edited)
        #expect(edited == hardship)
        let bulky = try Fixtures.sample("bulky-waste")
        #expect(refusal(.removeOption(question: "where-left", value: "somewhere-else"), on: bulky)
            == .inUse(question: "where-left", value: "somewhere-else", by: [.showWhen(page: "where-left-details")]))
        #expect(refusal(.removeOption(question: "where-left", value: "kerbside"), on: bulky) == nil)
        #expect(refusal(.moveOption(question: "contact-by", value: "nope", to: 0)) == .unknownOption(question: "contact-by", value: "nope"))
    }

    @Test("new ids are slugs of the English label, unique, and never empty")
    func ids() {
        #expect(DefinitionIDs.slug("What's your date of birth?") == "what-s-your-date-of-birth")
        #expect(DefinitionIDs.slug("Àirneis gàrraidh") == "airneis-garraidh")
        #expect(DefinitionIDs.unique(from: LocalisedText("Name"), fallback: "question", taken: ["name", "name-2"]) == "name-3")
        #expect(DefinitionIDs.unique(from: LocalisedText("???"), fallback: "question", taken: []) == "question")
        #expect(DefinitionIDs.slug(String(repeating: "word ", count: 20)).count <= 40)
    }
}
