import Domain
import Foundation
import Testing
@testable import Importers

@Suite("Importing an Open Forms export")
struct OpenFormsImporterTests {
    let imported: ImportResult

    init() throws {
        imported = try ImportFormat.openForms.read(ImportFixtures.openFormsZIP())
    }

    @Test("steps in their order become pages from their Form.io configuration; a step-not-applicable rule becomes show_when")
    func stepsAndLogic() throws {
        let definition = imported.definition
        #expect(definition.title.english == "Book a bulky waste collection")
        #expect(definition.pages.map(\.id) == ["your-details", "business-details", "items"])
        #expect(definition.page("your-details")?.questions.map(\.type) == [.text, .email, .postcode, .choice])
        #expect(definition.page("business-details")?.title?.english == "Business details")
        #expect(definition.page("business-details")?.showWhen == .not(.equals(question: "collection-for", value: "household")))
        #expect(definition.page("items")?.showWhen == nil, "the advanced rule is not carried")
        #expect(definition.startBody.english == "Book a collection of large household items such as furniture and fridges.\n\nYou need:\n\n- your address\n- a list of the items")
        #expect(definition.whatHappensNext.english == "Thank you. We will email you a collection date within 5 working days.")
    }

    @Test("a citizen completes it, the business step asked only for a business")
    func citizenCompletes() {
        let household = ImportFixtures.complete(imported.definition, choosing: ["collection-for": .string("household")])
        #expect(ImportFixtures.errors(household.result).isEmpty)
        #expect(ImportFixtures.route(household.result) == ["your-details", "items"])
        let business = ImportFixtures.complete(imported.definition, choosing: ["collection-for": .string("business")])
        #expect(ImportFixtures.errors(business.result).isEmpty)
        #expect(ImportFixtures.route(business.result) == ["your-details", "business-details", "items"])
    }

    @Test("what cannot be carried is in the notes, at its file and JSON path")
    func notes() {
        #expect(imported.note(at: "forms.json: [0].authentication_backends")?.contains("digid") == true)
        #expect(imported.note(at: "forms.json: [0].translations")?.contains("nl") == true)
        #expect(imported.note(at: "formLogic.json: [1].actions[0]")?.contains("property") == true)
        #expect(imported.note(at: "formLogic.json: [2].json_logic_trigger")?.contains("only simple triggers") == true)
        #expect(imported.note(at: "formDefinitions.json: [2].configuration.components[3]")?.contains("bsn") == true)
        #expect(imported.note(at: "(start page)") == nil, "the explanation is the start page")
    }

    @Test("a step of content alone becomes an information page, shown when the step's rule says")
    func informationStep() throws {
        let url = ImportFixtures.directory.appendingPathComponent("open-forms-bulky-waste/formDefinitions.json")
        var definitions = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        definitions[1]["configuration"] = ["display": "form", "components": [
            ["type": "content", "key": "businessCharges", "html": "<p>We charge businesses for every collection.</p>"],
        ]]
        let changed = String(decoding: try JSONSerialization.data(withJSONObject: definitions), as: UTF8.self)
        let result = try ImportFormat.openForms.read(ImportFixtures.openFormsZIP(changes: ["formDefinitions.json": changed]))
        #expect(result.definition.pages.map(\.id) == ["your-details", "business-details", "items"])
        let page = try #require(result.definition.page("business-details"))
        #expect((page.title?.english, page.body?.english, page.questions.isEmpty) == ("Business details", "We charge businesses for every collection.", true))
        #expect(page.showWhen == .not(.equals(question: "collection-for", value: "household")))
        #expect(!result.notes.contains { $0.message.contains("“Business details” has no fields") }, "the step is not left out")
        #expect(try DefinitionParser.parse(yaml: DefinitionWriter.yaml(result.definition)) == result.definition)
        let business = ImportFixtures.complete(result.definition, choosing: ["collection-for": .string("business")])
        #expect(ImportFixtures.route(business.result) == ["your-details", "business-details", "items"])
    }

    @Test("a rule testing a later answer is not carried")
    func laterAnswer() throws {
        let logic = """
        [{"json_logic_trigger": {"==": ["sofa", {"var": "companyName"}]},
          "actions": [{"form_step_uuid": "a1d2c3b4-0002-4a5b-8c6d-222222222222", "action": {"type": "step-not-applicable"}}]}]
        """
        let result = try ImportFormat.openForms.read(ImportFixtures.openFormsZIP(changes: ["formLogic.json": logic]))
        #expect(result.definition.page("business-details")?.showWhen == nil)
        #expect(result.note(at: "formLogic.json: [0].json_logic_trigger")?.contains("on or after the step “Business details”") == true)
    }

    @Test("bad input is refused with where and why")
    func badInput() throws {
        func refusal(_ bytes: [UInt8]) -> ImportError? {
            do {
                _ = try ImportFormat.openForms.read(bytes)
                return nil
            } catch {
                return error
            }
        }
        #expect(refusal(ImportFixtures.text("{\"forms\": []}"))?.message.hasPrefix("this is not a ZIP file") == true)
        let noSteps = refusal(try ImportFixtures.openFormsZIP(changes: ["formSteps.json": nil]))
        #expect(noSteps == ImportError("formSteps.json", "the ZIP has no formSteps.json; an Open Forms export holds forms.json, formSteps.json, formDefinitions.json and formLogic.json"))
        let brokenLogic = refusal(try ImportFixtures.openFormsZIP(changes: ["formLogic.json": "[{\"actions\": ]"]))
        #expect(brokenLogic?.location == "formLogic.json: 1:14")
        let unknownDefinition = refusal(try ImportFixtures.openFormsZIP(changes: ["formDefinitions.json": "[]"]))
        #expect(unknownDefinition?.location == "formSteps.json: [0].form_definition")
        #expect(unknownDefinition?.message.contains("is not in formDefinitions.json") == true)
        let notAList = refusal(try ImportFixtures.openFormsZIP(changes: ["forms.json": "{\"name\": \"x\"}"]))
        #expect(notAList == ImportError("forms.json: (the whole document)", "forms.json must be a JSON list"))
    }
}
