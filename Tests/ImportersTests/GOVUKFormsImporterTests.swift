import Domain
import Foundation
import Testing
@testable import Importers

@Suite("Importing a GOV.UK Forms form document")
struct GOVUKFormsImporterTests {
    let imported: ImportResult

    init() throws {
        imported = try ImportFormat.govukForms.read(ImportFixtures.bytes("govuk-forms-report-a-bin.json"))
    }

    @Test("every answer type becomes the closest question type")
    func answerTypes() throws {
        let types = Dictionary(uniqueKeysWithValues: imported.definition.pages.flatMap(\.questions).map { ($0.id, $0.type) })
        #expect(types["do-you-live-in-the-council-area"] == .choice)
        #expect(types["what-is-your-name-first-name"] == .text, "first and last name: two questions on one page")
        #expect(types["what-is-your-name-last-name"] == .text)
        #expect(types["what-is-your-date-of-birth"] == .date)
        #expect(imported.question("what-is-your-date-of-birth")?.pastOnly == true)
        #expect(types["what-is-your-national-insurance-number"] == .niNumber)
        #expect(types["what-is-your-email-address"] == .email)
        #expect(types["what-is-your-phone-number"] == .phone)
        #expect(imported.question("what-is-your-phone-number")?.required == false)
        #expect(types["what-is-your-address"] == .address)
        #expect(types["which-bins-were-missed"] == .choices)
        #expect(imported.question("which-bins-were-missed")?.options.map(\.value) == ["green-bin", "blue-bin", "brown-bin", "none-of-the-above"])
        #expect(imported.question("which-bins-were-missed")?.required == true, "an optional selection still needs an answer: None of the above")
        #expect(imported.question("which-bins-were-missed")?.options.map(\.exclusive) == [false, false, false, true], "None of the above is exclusive")
        #expect(types["how-many-days-late-is-the-collection"] == .decimal)
        #expect(types["describe-what-has-been-left"] == .longText)
        #expect(types["which-business-do-you-think-left-it"] == .text)
        #expect(imported.question("which-business-do-you-think-left-it")?.autocomplete == "organization")
        #expect(types["where-exactly-is-the-problem"] == .text)
        #expect(types["upload-a-photo-of-the-problem"] == .file)
        #expect(imported.definition.page("which-business-do-you-think-left-it")?.repeatGroup?.max == 50, "a repeatable question: a repeating page")
        #expect(imported.definition.page("what-do-you-want-to-report")?.title?.english == "Your report", "page_heading")
        #expect(imported.definition.page("what-do-you-want-to-report")?.body?.english == "Tell us about one problem at a time.", "guidance Markdown as plain text")
    }

    @Test("every routing kind: exit page, branch, skip to the end, secondary skip")
    func routing() throws {
        let definition = imported.definition
        let exit = try #require(definition.page("you-cannot-use-this-form"))
        #expect(exit.isExit)
        #expect(exit.body?.english == "This form is for people who live in the council area.\n\n- contact your own council\n- or call us if you are not sure")
        #expect(definition.page("do-you-live-in-the-council-area")?.next == [
            NextRule(when: .equals(question: "do-you-live-in-the-council-area", value: "no"), goto: "you-cannot-use-this-form"),
        ])
        #expect(definition.page("what-do-you-want-to-report")?.next == [
            NextRule(when: .equals(question: "what-do-you-want-to-report", value: "fly-tipping"), goto: "describe-what-has-been-left"),
            NextRule(when: .equals(question: "what-do-you-want-to-report", value: "something-else"), goto: NextRule.checkAnswers),
        ])
        #expect(definition.page("how-many-days-late-is-the-collection")?.next == [NextRule(when: nil, goto: "where-exactly-is-the-problem")],
                "the secondary skip jumps over the fly-tipping pages")
        #expect(definition.page("which-bins-were-missed-other")?.showWhen == .equals(question: "which-bins-were-missed", value: "none-of-the-above"))
    }

    @Test("a citizen completes each route to check-answers, or reaches the exit page")
    func citizenCompletes() throws {
        let definition = imported.definition
        let missedBin = ImportFixtures.complete(definition, choosing: [
            "do-you-live-in-the-council-area": .string("yes"), "what-do-you-want-to-report": .string("a-missed-bin-collection"),
            "which-bins-were-missed": .array([.string("none-of-the-above")]),
        ])
        #expect(ImportFixtures.errors(missedBin.result).isEmpty)
        #expect(ImportFixtures.route(missedBin.result) == [
            "do-you-live-in-the-council-area", "what-is-your-name", "what-is-your-date-of-birth", "what-is-your-national-insurance-number",
            "what-is-your-email-address", "what-is-your-phone-number", "what-is-your-address", "what-do-you-want-to-report",
            "which-bins-were-missed", "which-bins-were-missed-other", "how-many-days-late-is-the-collection",
            "where-exactly-is-the-problem", "upload-a-photo-of-the-problem",
        ])

        let flyTipping = ImportFixtures.complete(definition, choosing: [
            "do-you-live-in-the-council-area": .string("yes"), "what-do-you-want-to-report": .string("fly-tipping"),
            "which-business-do-you-think-left-it": .array([.object(["which-business-do-you-think-left-it": .string("Acme Removals Ltd")])]),
        ])
        #expect(ImportFixtures.errors(flyTipping.result).isEmpty)
        #expect(ImportFixtures.route(flyTipping.result)?.suffix(4) == [
            "describe-what-has-been-left", "which-business-do-you-think-left-it", "where-exactly-is-the-problem", "upload-a-photo-of-the-problem",
        ])

        let somethingElse = ImportFixtures.complete(definition, choosing: [
            "do-you-live-in-the-council-area": .string("yes"), "what-do-you-want-to-report": .string("something-else"),
        ])
        #expect(ImportFixtures.route(somethingElse.result)?.last == "what-do-you-want-to-report", "skip to the end: straight to check-answers")

        let outside = ImportFixtures.complete(definition, choosing: ["do-you-live-in-the-council-area": .string("no")])
        #expect(ImportFixtures.errors(outside.result).map(\.code) == ["not_eligible"])
        let walk = JourneyRoute(definition, today: ImportFixtures.today).walk(Answers(values: ["do-you-live-in-the-council-area": .text("no")]), completed: ["do-you-live-in-the-council-area"])
        guard case .exit(let page) = walk.ending else {
            Issue.record("expected the exit page")
            return
        }
        #expect(page.id == "you-cannot-use-this-form")
    }

    @Test("the form's own texts are imported; what has no place is in the notes, at its JSON path")
    func notes() {
        let definition = imported.definition
        #expect(definition.title.english == "Report a missed bin or fly-tipping")
        #expect(definition.declaration?.english == "By sending this report you confirm that the information you have given is correct.")
        #expect(definition.whatHappensNext.english.hasPrefix("We will look at your report within 2 working days."))
        #expect(definition.whatHappensNext.english.contains("- missed bins are collected within 3 days"))
        #expect(definition.whatHappensNext.english.contains("our waste services (https://www.example.gov.uk/waste)"))
        #expect(imported.note(at: "name")?.contains("Rhoi gwybod am fin a fethwyd") == true, "Welsh kept aside")
        #expect(imported.note(at: "steps[0].data.question_text")?.hasPrefix("Welsh text kept aside") == true)
        #expect(imported.note(at: "steps[3].data.answer_type") == nil, "a National Insurance number question, as in GOV.UK Forms")
        #expect(imported.note(at: "steps[8].data.is_optional") == nil, "an exclusive None of the above, as in GOV.UK Forms")
        #expect(imported.note(at: "steps[9].routing_conditions[0]")?.contains("secondary skip") == true)
        #expect(imported.note(at: "payment_url")?.contains("payments/example-council") == true)
        #expect(imported.note(at: "support_email")?.contains("01234 567890") == true)
        #expect(imported.note(at: "privacy_policy_url") != nil)
        #expect(imported.note(at: "submission_email") != nil)
        #expect(imported.note(at: "(start page)") != nil)
        #expect(imported.note(at: "(confirmation)") == nil, "the form says what happens next")
    }

    @Test("routes that cannot be carried are left out with a note")
    func brokenRoutes() throws {
        let result = try ImportFormat.govukForms.read(ImportFixtures.text("""
        {"name": "Two questions", "steps": [
          {"id": 1, "type": "question_page", "data": {"question_text": "Pick one", "answer_type": "selection",
           "answer_settings": {"only_one_option": "true", "selection_options": [{"name": "A"}, {"name": "B"}]}},
           "routing_conditions": [
             {"routing_page_id": 1, "check_page_id": 1, "answer_value": "C", "goto_page_id": 2},
             {"routing_page_id": 1, "check_page_id": 1, "answer_value": "A", "goto_page_id": 9},
             {"routing_page_id": 1, "check_page_id": 1, "answer_value": "B", "goto_page_id": 2, "validation_errors": [{"name": "cannot_route_to_next_page"}]}]},
          {"id": 2, "type": "question_page", "data": {"question_text": "Say more", "answer_type": "text", "answer_settings": {"input_type": "single_line"}},
           "routing_conditions": [{"routing_page_id": 2, "check_page_id": 2, "answer_value": "x", "goto_page_id": 1}]}
        ]}
        """))
        let noRules = result.definition.pages.allSatisfy { $0.next.isEmpty }
        #expect(noRules)
        #expect(result.note(at: "steps[0].routing_conditions[0].answer_value")?.contains("“C” is not an option") == true)
        #expect(result.note(at: "steps[0].routing_conditions[1].goto_page_id")?.contains("9 is not a step") == true)
        #expect(result.note(at: "steps[0].routing_conditions[2]")?.contains("cannot_route_to_next_page") == true)
        #expect(result.note(at: "steps[1].routing_conditions[0].check_page_id")?.contains("only test a selection") == true)
        #expect(result.note(at: "(confirmation)") != nil)
    }

    @Test("bad input is refused with where and why", arguments: [
        ("{\"steps\": [", "1:12", "this is not valid JSON"),
        ("[1, 2]", "(the whole document)", "a GOV.UK Forms form document must be a JSON object"),
        ("{\"name\": \"x\"}", "steps", "steps (the form's questions) is missing"),
        ("{\"steps\": []}", "steps", "steps is empty"),
        ("{\"language\": \"cy\", \"steps\": []}", "language", "this is the Welsh version of the form"),
        ("{\"steps\": [{\"id\": 1, \"type\": \"exit\"}]}", "steps[0].type", "unknown step type exit"),
        ("{\"steps\": [{\"id\": 1, \"type\": \"question_page\", \"data\": {\"question_text\": \"Q\", \"answer_type\": \"colour\"}}]}", "steps[0].data.answer_type", "unknown answer_type colour"),
        ("{\"steps\": [{\"id\": 1, \"type\": \"question_page\", \"data\": {\"answer_type\": \"text\"}}]}", "steps[0].data.question_text", "the question has no question_text"),
    ])
    func badInput(json: String, location: String, message: String) {
        #expect {
            try ImportFormat.govukForms.read(ImportFixtures.text(json))
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.location == location && error.message.hasPrefix(message)
        }
    }
}
