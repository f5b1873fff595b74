import Domain
import Foundation
import Testing
@testable import Importers

@Suite("Importing a Form.io form")
struct FormioImporterTests {
    let imported: ImportResult

    init() throws {
        imported = try ImportFormat.formio.read(ImportFixtures.bytes("formio-parking-permit.json"))
    }

    @Test("wizard panels become pages; a conditional field gets a page of its own with show_when")
    func panelsAndConditions() throws {
        let definition = imported.definition
        #expect(definition.title.english == "Apply for a residents' parking permit")
        #expect(definition.pages.map(\.id) == ["about-you", "your-vehicle", "van-weight", "permit-length", "employer", "household", "evidence", "tenancy-details", "confirm"])
        #expect(definition.page("about-you")?.title?.english == "About you")
        #expect(definition.page("about-you")?.questions.map(\.type) == [.text, .text, .email, .phone, .date])
        #expect(definition.page("van-weight")?.showWhen == .equals(question: "vehicle-type", value: "van"))
        let weight = try #require(imported.question("van-weight"))
        #expect((weight.type, weight.minimum, weight.maximum) == (.number, 500, 3500))
        let notMotorbike = Condition.not(.equals(question: "vehicle-type", value: "motorbike"))
        #expect(definition.page("evidence")?.showWhen == notMotorbike, "the panel's own condition (show: false)")
        #expect(definition.page("tenancy-details")?.showWhen == .all([notMotorbike, .equals(question: "evidence-types", value: "tenancy")]),
                "the new-style conditions, within the panel's")
        #expect(imported.question("permit-length")?.displayAsSelect == true)
        #expect(imported.question("amount-paid")?.money == true, "currency GBP: money")
        #expect(imported.question("company-car")?.type == .yesNo, "an optional tick box")
        #expect(imported.question("confirm-true")?.type == .declaration, "a tick box that must be ticked")
        #expect(imported.question("registration")?.pattern == "[A-Za-z0-9 ]{2,8}")
        #expect(imported.question("registration")?.errors[.required]?.english == "Enter the registration number as it is on the number plate")
        let file = try #require(imported.question("proof-of-address"))
        #expect((file.fileTypes, file.maxFileBytes) == ([.pdf, .jpg], 5 * 1024 * 1024))
    }

    @Test("an edit grid becomes a repeating page, with the content before it as the page's text")
    func editGrid() throws {
        let page = try #require(imported.definition.page("household"))
        #expect(page.repeatGroup?.min == 0)
        #expect(page.repeatGroup?.max == 4)
        #expect(page.title?.english == "Other drivers")
        #expect(page.questions.map(\.id) == ["driver-name", "driver-age"])
        #expect(page.body?.english == "Tell us about everyone else at your address who drives.\n\n- include lodgers\n- leave out visitors")
    }

    @Test("a citizen completes it, the conditional pages asked only when their condition holds")
    func citizenCompletes() {
        let van = ImportFixtures.complete(imported.definition, choosing: [
            "vehicle-type": .string("van"), "evidence-types": .array([.string("tenancy")]),
            "household": .array([.object(["driver-name": .string("Bob Example"), "driver-age": .number(34)])]),
        ])
        #expect(ImportFixtures.errors(van.result).isEmpty)
        #expect(ImportFixtures.route(van.result) == ["about-you", "your-vehicle", "van-weight", "permit-length", "employer", "household", "evidence", "tenancy-details", "confirm"])

        let motorbike = ImportFixtures.complete(imported.definition, choosing: ["vehicle-type": .string("motorbike")])
        #expect(ImportFixtures.errors(motorbike.result).isEmpty)
        #expect(ImportFixtures.route(motorbike.result) == ["about-you", "your-vehicle", "permit-length", "employer", "household", "confirm"])
    }

    @Test("what cannot be carried is in the notes, at its JSON path")
    func notes() {
        #expect(imported.note(at: "components[0].components[3].inputMask")?.contains("99999 999999") == true)
        #expect(imported.note(at: "components[0].components[5]")?.contains("hidden field sourceSystem") == true)
        #expect(imported.note(at: "components[1].components[5]")?.contains("yes/no question") == true)
        #expect(imported.note(at: "components[1].components[6].conditional.json")?.contains("JSON Logic") == true)
        #expect(imported.note(at: "components[3].components[1]")?.contains(".heic") == true)
        #expect(imported.note(at: "(confirmation)") != nil)
        #expect(!imported.notes.contains { $0.location.hasPrefix("components[4].components[1]") }, "the submit button needs no note")
    }

    @Test("a plain form: a fieldset is one page, each loose field a page of its own")
    func plainForm() throws {
        let result = try ImportFormat.formio.read(ImportFixtures.text("""
        {"title": "Tell us about a pothole", "display": "form", "components": [
          {"type": "textfield", "key": "street", "label": "Which street is it on?", "validate": {"required": true}},
          {"type": "fieldset", "key": "size", "legend": "How big is it?", "components": [
            {"type": "number", "key": "width", "label": "Width in centimetres", "validate": {"min": 1}},
            {"type": "number", "key": "depth", "label": "Depth in centimetres", "decimalLimit": 1}]},
          {"type": "select", "key": "ward", "label": "Ward", "dataSrc": "url", "data": {"url": "https://example.org/wards"}},
          {"type": "signature", "key": "sign", "label": "Sign here"},
          {"type": "htmlelement", "key": "thanks", "tag": "p", "content": "Thank you"},
          {"type": "button", "key": "submit", "label": "Send", "action": "submit"}
        ]}
        """))
        #expect(result.definition.pages.map(\.id) == ["street", "size", "ward", "information"])
        #expect(result.definition.page("information")?.body?.english == "Thank you")
        #expect(result.definition.page("size")?.title?.english == "How big is it?")
        #expect(imported.question("depth") == nil)
        #expect(result.question("depth")?.type == .decimal)
        #expect(result.question("depth")?.places == 1)
        #expect(result.question("ward")?.type == .text)
        #expect(result.note(at: "components[2].dataSrc")?.contains("url") == true)
        #expect(result.note(at: "components[3]")?.contains("signature") == true)
        #expect(result.note(at: "components")?.contains("became an information page") == true, "text after the last question")
    }

    @Test("a panel of text alone becomes an information page; a required tick box a declaration, its page titled")
    func informationPagesAndDeclarations() throws {
        let result = try ImportFormat.formio.read(ImportFixtures.text("""
        {"title": "Order garden waste bins", "display": "wizard", "components": [
          {"type": "panel", "key": "beforeYouStart", "title": "Before you start", "components": [
            {"type": "content", "key": "intro", "html": "<p>You need your council tax account number.</p>"}]},
          {"type": "panel", "key": "bins", "title": "Your bins", "components": [
            {"type": "radio", "key": "binSize", "label": "Which size of bin?", "validate": {"required": true},
             "values": [{"label": "Small", "value": "small"}, {"label": "Large", "value": "large"}]}]},
          {"type": "panel", "key": "largeBins", "title": "Large bins", "conditional": {"show": true, "when": "binSize", "eq": "large"}, "components": [
            {"type": "htmlelement", "key": "largeNote", "tag": "p", "content": "We will phone you to arrange delivery."}]},
          {"type": "panel", "key": "agree", "title": "Terms", "components": [
            {"type": "checkbox", "key": "agreeTerms", "label": "I agree to the terms of the service", "validate": {"required": true}}]},
          {"type": "checkbox", "key": "alsoAgree", "label": "I have read the privacy notice", "validate": {"required": true}}
        ]}
        """))
        let definition = result.definition
        #expect(definition.pages.map(\.id) == ["before-you-start", "bins", "large-bins", "agree", "also-agree"])
        let before = try #require(definition.page("before-you-start"))
        #expect((before.title?.english, before.body?.english, before.questions.isEmpty) == ("Before you start", "You need your council tax account number.", true))
        #expect(definition.page("large-bins")?.showWhen == .equals(question: "bin-size", value: "large"), "the panel's condition")
        #expect(result.question("agree-terms")?.type == .declaration)
        #expect(definition.page("agree")?.title?.english == "Terms", "a declaration's page is headed with its panel's title")
        #expect(definition.page("also-agree")?.title == LocalisedText("Declaration", gaelic: "Dearbhadh"), "or Declaration when it has no panel")
        #expect(result.notes.allSatisfy { !$0.location.hasPrefix("components[") }, "nothing left out: \(result.notes)")

        let parsed = try DefinitionParser.parse(yaml: DefinitionWriter.yaml(definition))
        #expect(parsed == definition, "the parser accepts the information pages and the declarations")
        let small = ImportFixtures.complete(definition, choosing: ["bin-size": .string("small")])
        #expect(ImportFixtures.errors(small.result).isEmpty)
        #expect(ImportFixtures.route(small.result) == ["before-you-start", "bins", "agree", "also-agree"])
        let large = ImportFixtures.complete(definition, choosing: ["bin-size": .string("large")])
        #expect(ImportFixtures.route(large.result) == ["before-you-start", "bins", "large-bins", "agree", "also-agree"])
    }

    @Test("columns, tables and tabs are flattened into their page")
    func layouts() throws {
        let result = try ImportFormat.formio.read(ImportFixtures.text("""
        {"title": "Layouts", "components": [
          {"type": "columns", "key": "names", "columns": [
            {"components": [{"type": "textfield", "key": "givenName", "label": "Given name"}]},
            {"components": [{"type": "textfield", "key": "familyName", "label": "Family name"}]}]},
          {"type": "tabs", "key": "more", "label": "More about you", "components": [
            {"key": "tab1", "label": "Tab 1", "components": [{"type": "email", "key": "mail", "label": "Email"}]},
            {"key": "tab2", "label": "Tab 2", "components": [{"type": "table", "key": "grid", "rows": [[{"components": [{"type": "phoneNumber", "key": "tel", "label": "Phone"}]}]]}]}]}
        ]}
        """))
        #expect(result.definition.pages.map { $0.questions.map(\.id) } == [["given-name", "family-name"], ["mail", "tel"]])
        #expect(result.definition.page("more")?.title?.english == "More about you")
        #expect(result.notes.allSatisfy { !$0.location.hasPrefix("components[") }, "nothing left out")
    }

    @Test("conditions that cannot be carried leave the field always shown, with a note")
    func uncarriedConditions() throws {
        let result = try ImportFormat.formio.read(ImportFixtures.text("""
        {"title": "Conditions", "components": [
          {"type": "textfield", "key": "first", "label": "First", "conditional": {"show": true, "when": "later", "eq": "x"}},
          {"type": "radio", "key": "later", "label": "Later", "values": [{"label": "X", "value": "x"}, {"label": "Y", "value": "y"}]},
          {"type": "textfield", "key": "third", "label": "Third", "conditional": {"show": true, "when": "later", "eq": "z"}},
          {"type": "textfield", "key": "fourth", "label": "Fourth", "customConditional": "show = data.later === 'x';"}
        ]}
        """))
        let noConditions = result.definition.pages.allSatisfy { $0.showWhen == nil }
        #expect(noConditions)
        #expect(result.note(at: "components[0].conditional")?.contains("not asked before this point") == true)
        #expect(result.note(at: "components[2].conditional")?.contains("z, which is not an option") == true)
        #expect(result.note(at: "components[3].customConditional")?.contains("JavaScript") == true)
    }

    @Test("bad input is refused with where and why", arguments: [
        ("{\"title\": \"x\", \"components\": {}}", "components", "components (the form's fields) must be a JSON list"),
        ("{\"title\": \"x\"}", "components", "components (the form's fields) is missing"),
        ("\"a form\"", "(the whole document)", "a Form.io form must be a JSON object"),
        ("{\"components\": [1,]}", "1:19", "this is not valid JSON"),
        ("{\"components\": [{\"type\": \"button\", \"key\": \"go\"}]}", "components", "none of the components is a field"),
    ])
    func badInput(json: String, location: String, message: String) {
        #expect {
            try ImportFormat.formio.read(ImportFixtures.text(json))
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.location == location && error.message.hasPrefix(message)
        }
    }
}
