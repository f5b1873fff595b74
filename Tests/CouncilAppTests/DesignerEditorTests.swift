import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// The designer's page, question and condition editors over HTTP: each form's change reaches the draft's YAML, the
/// draft stays valid, a refused edit changes nothing, and only designers granted the service may edit it.
@Suite struct DesignerEditorTests {
    static let service = "/designer/services/volunteering"

    /// The draft as stored, read back as a definition (the parser refuses a draft that is not valid).
    static func draft(_ database: Database) async throws -> (source: String, definition: ServiceDefinition) {
        let source = try #require(try await SQLServiceLifecycleStore(database: database).status(slug: "volunteering")?.draft?.source)
        return (source, try DefinitionParser.parse(yaml: source))
    }

    @Test("a designer adds a question page, writes its Gaelic, adds options, a branch and a show-when, reorders and removes",
          arguments: TestDatabase.engines)
    func aDesignerBuildsAPageThroughTheForms(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, service: "volunteering", clock: clock)
            let form = try await designer.get("\(Self.service)/sections/about-you/pages/new")
            #expect(form.status == .ok, "\(form.html)")

            let unnamed = try await designer.post("\(Self.service)/sections/about-you/pages/new", [("kind", "question"), ("question_type", "choice")])
            #expect(unnamed.status == .unprocessableContent)
            #expect(unnamed.errorSummaryMessages == ["Enter the question in English"])

            let added = try await designer.post("\(Self.service)/sections/about-you/pages/new",
                                                [("kind", "question"), ("question_type", "choice"), ("label.en", "How did you hear about us?")])
            let pagePath = "\(Self.service)/pages/how-did-you-hear-about-us"
            #expect(added.location == pagePath, "\(added.errorSummaryMessages)")
            let questionPath = "\(pagePath)/questions/how-did-you-hear-about-us"

            // The question's Gaelic and its options.
            let editor = try await designer.get(questionPath)
            #expect(editor.status == .ok)
            #expect(editor.html.contains("value=\"Option 1\""), "a new choice question starts with two options to write over")
            let saved = try await designer.post(questionPath, [
                ("type", "choice"), ("label.en", "How did you hear about us?"), ("label.gd", "Ciamar a chuala tu mu ar deidhinn?"),
                ("required", "yes"), ("display", "radios"),
                ("options.0.value", "option-1"), ("options.0.label.en", "From a friend"), ("options.0.label.gd", "Bho charaid"),
                ("options.1.value", ""), ("options.1.label.en", "Option 2"), ("options.1.label.gd", "Roghainn 2"),
                ("options.2.value", "poster"), ("options.2.label.en", "A poster"), ("options.2.label.gd", "Postair"),
                ("errors.required.en", "Select how you heard about us"),
            ])
            #expect(saved.location == "\(questionPath)?saved=yes", "\(saved.errorSummaryMessages)")
            var draft = try await Self.draft(database)
            var question = try #require(draft.definition.page("how-did-you-hear-about-us")?.questions.first)
            #expect(question.label == LocalisedText("How did you hear about us?", gaelic: "Ciamar a chuala tu mu ar deidhinn?"))
            #expect(question.options.map(\.value) == ["option-1", "poster"], "option 2 emptied is removed, the blank row filled in is added")
            #expect(question.options.first?.label == LocalisedText("From a friend", gaelic: "Bho charaid"))
            #expect(question.options.last?.label == LocalisedText("A poster", gaelic: "Postair"))
            #expect(question.errors[.required] == LocalisedText("Select how you heard about us"))
            #expect(draft.source.contains("gd: Ciamar a chuala tu mu ar deidhinn?"))

            // A setting that does not read is refused on the form, with nothing saved.
            let badNumber = try await designer.post("\(Self.service)/pages/full-name/questions/full-name", [
                ("type", "text"), ("label.en", "What is your full name?"), ("required", "yes"), ("max_length", "lots"),
            ])
            #expect(badNumber.status == .unprocessableContent)
            #expect(badNumber.errorSummaryMessages == ["Enter a whole number for Most characters"])
            #expect(try await Self.draft(database).source == draft.source)

            // A branch on the new page: step one chooses the question, step two the comparison and destination.
            let stepTwo = try await designer.post("\(pagePath)/condition?for=rule", [("question", "how-did-you-hear-about-us")])
            #expect(stepTwo.status == .ok)
            #expect(stepTwo.html.contains("value=\"poster\""), "the question's own options are offered")
            let branch = try await designer.post("\(pagePath)/condition?for=rule", [
                ("question", "how-did-you-hear-about-us"), ("comparison", "equals"), ("options", "poster"), ("goto", "experience"),
            ])
            #expect(branch.location == "\(pagePath)?saved=yes", "\(branch.errorSummaryMessages)")
            draft = try await Self.draft(database)
            #expect(draft.definition.page("how-did-you-hear-about-us")?.next == [
                NextRule(when: .equals(question: "how-did-you-hear-about-us", value: "poster"), goto: "experience"),
            ])
            let withBranch = try await designer.get(pagePath)
            #expect(withBranch.text.contains("A poster"), "the branch is shown in words")

            // Shown only for some answers, on a later page.
            let shown = try await designer.post("\(Self.service)/pages/interests/condition?for=show_when", [
                ("question", "how-did-you-hear-about-us"), ("comparison", "one_of"), ("options", "option-1"), ("options", "poster"),
            ])
            #expect(shown.location == "\(Self.service)/pages/interests?saved=yes", "\(shown.errorSummaryMessages)")
            draft = try await Self.draft(database)
            #expect(draft.definition.page("interests")?.showWhen == .oneOf(question: "how-did-you-hear-about-us", values: ["option-1", "poster"]))

            // A page with two questions needs a title of its own.
            let titled = try await designer.post(pagePath, [
                ("title.en", "Hearing about us"), ("title.gd", "Mar a chuala tu mu ar deidhinn"), ("body.en", ""), ("body.gd", ""), ("exit", "no"),
            ])
            #expect(titled.location == "\(pagePath)?saved=yes", "\(titled.errorSummaryMessages)")
            #expect(try await designer.follow(titled).text.contains("Page saved"))
            #expect(try await Self.draft(database).definition.page("how-did-you-hear-about-us")?.title
                    == LocalisedText("Hearing about us", gaelic: "Mar a chuala tu mu ar deidhinn"))

            // A second question, moved up above the first.
            let second = try await designer.post("\(pagePath)/questions/new", [("new_question_type", "text"), ("new_question_label", "Anything else?")])
            #expect(second.location == "\(pagePath)/questions/anything-else", "\(second.status) \(second.errorSummaryMessages)")
            let moved = try await designer.post("\(pagePath)/questions", [("question_action", "up:anything-else")])
            #expect(moved.location == "\(pagePath)?saved=yes")
            draft = try await Self.draft(database)
            #expect(draft.definition.page("how-did-you-hear-about-us")?.questions.map(\.id) == ["anything-else", "how-did-you-hear-about-us"])

            // Removing the question the branch and the show-when read is refused, and changes nothing.
            let before = draft.source
            let refused = try await designer.post("\(pagePath)/questions", [("question_action", "remove:how-did-you-hear-about-us")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorSummaryMessages.first?.contains("is used by") == true, "\(refused.errorSummaryMessages)")
            #expect(try await Self.draft(database).source == before)

            // The branch removed, then the show-when cleared, then the question can go.
            #expect(try await designer.post("\(pagePath)/rules", [("rule_action", "remove:0")]).location == "\(pagePath)?saved=yes")
            let cleared = try await designer.post("\(Self.service)/pages/interests/condition?for=show_when", [("clear", "yes")])
            #expect(cleared.location == "\(Self.service)/pages/interests?saved=yes")
            let removed = try await designer.post("\(pagePath)/questions", [("question_action", "remove:how-did-you-hear-about-us")])
            #expect(removed.location == "\(pagePath)?saved=yes", "\(removed.errorSummaryMessages)")
            draft = try await Self.draft(database)
            question = try #require(draft.definition.page("how-did-you-hear-about-us")?.questions.first)
            #expect(question.id == "anything-else")
            #expect(draft.definition.page("how-did-you-hear-about-us")?.questions.count == 1)
            #expect(draft.definition.page("interests")?.showWhen == nil)
        }
    }

    @Test("a designer adds a section with its first question, and an exit page", arguments: TestDatabase.engines)
    func aDesignerAddsASectionAndAnExitPage(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            _ = try await designer.get("\(Self.service)/sections/pvg/pages/new")
            let missing = try await designer.post("\(Self.service)/sections/new", [("section_title.en", "Your references")])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.errorSummaryMessages == ["Enter the question in English"])
            let section = try await designer.post("\(Self.service)/sections/new", [
                ("section_title.en", "Your references"), ("section_title.gd", "Na teisteanasan agad"),
                ("section_question_type", "yes_no"), ("section_label.en", "Can you give a reference?"),
            ])
            #expect(section.location == "\(Self.service)/pages/can-you-give-a-reference", "\(section.errorSummaryMessages)")
            let exit = try await designer.post("\(Self.service)/sections/your-references/pages/new", [
                ("kind", "exit"), ("title.en", "You need a reference to volunteer"),
            ])
            #expect(exit.location == "\(Self.service)/pages/you-need-a-reference-to-volunteer", "\(exit.errorSummaryMessages)")
            let draft = try await Self.draft(database).definition
            #expect(draft.sections.last?.title == LocalisedText("Your references", gaelic: "Na teisteanasan agad"))
            #expect(draft.sections.last?.pages.map(\.id) == ["can-you-give-a-reference", "you-need-a-reference-to-volunteer"])
            #expect(draft.page("you-need-a-reference-to-volunteer")?.isExit == true)
            #expect(draft.page("can-you-give-a-reference")?.questions.first?.type == .yesNo)
        }
    }

    @Test("changing a question's type saves it first and shows the new type's checks", arguments: TestDatabase.engines)
    func changingTheTypeShowsItsChecks(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let designer = try await BrowserSession.staff(client, database, "designer@council.example", .serviceDesigner, clock: clock)
            let path = "\(Self.service)/pages/full-name/questions/full-name"
            let changed = try await designer.post(path, [("type", "long_text"), ("label.en", "Your name, in full")])
            #expect(changed.status == .ok)
            #expect(changed.text.contains("Type changed and saved"))
            #expect(!changed.html.contains("name=\"autocomplete\""), "a long text question takes no autocomplete")
            #expect(changed.html.contains("value=\"Your name, in full\""), "the text typed stays on the form")
            let draft = try await Self.draft(database)
            #expect(draft.definition.page("full-name")?.questions.first?.type == .longText)
            #expect(draft.definition.page("full-name")?.questions.first?.label.english == "What is your full name?", "only the type is saved")
        }
    }

    @Test("a designer without the service's grant is refused every editor", arguments: TestDatabase.engines)
    func aDesignerWithoutTheGrantIsRefused(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let other = try await BrowserSession.staff(client, database, "other@council.example", .serviceDesigner, service: "bulky-waste", clock: clock)
            #expect(try await other.get("\(Self.service)/pages/full-name").status == .forbidden)
            #expect(try await other.get("\(Self.service)/pages/full-name/questions/full-name").status == .forbidden)
            #expect(try await other.get("\(Self.service)/pages/full-name/condition?for=rule").status == .forbidden)
            #expect(try await other.get("\(Self.service)/sections/about-you/pages/new").status == .forbidden)
            _ = try await other.get("/designer")
            let post = try await other.post("\(Self.service)/pages/full-name/questions", [("question_action", "remove:full-name")])
            #expect(post.status == .forbidden)
            #expect(try await SQLServiceLifecycleStore(database: database).status(slug: "volunteering")?.draft == nil)
        }
    }
}
