import Foundation
import Testing
@testable import Domain

/// One page per kind of answer, plus a repeating page: every question type the format has.
private let everyType = """
- id: name
  questions:
    - {id: name, type: text, label: Name}
- id: about
  title: About you
  questions:
    - {id: story, type: long_text, label: Story}
    - {id: age, type: number, label: Age, suffix: {en: years, gd: bliadhna}}
    - {id: income, type: decimal, label: Income, money: true}
    - {id: weight, type: decimal, label: Weight, places: 3}
    - {id: email, type: email, label: Email}
    - {id: phone, type: phone, label: Phone}
    - {id: postcode, type: postcode, label: Postcode}
    - {id: birthday, type: date, label: Birthday}
    - {id: colour, type: choice, label: Colour, options: [{value: red, label: {en: Red, gd: Dearg}}, {value: blue, label: {en: Blue, gd: Gorm}}]}
    - {id: pets, type: choices, label: Pets, options: [{value: cat, label: {en: Cat, gd: Cat}}, {value: dog, label: {en: Dog, gd: Cù}}]}
    - {id: agree, type: yes_no, label: Do you agree?}
    - {id: home, type: address, label: Home}
    - {id: proof, type: file, label: Proof}
    - {id: spot, type: location, label: Spot}
- id: people
  title: People
  repeat: {min: 0}
  questions:
    - {id: person-name, type: text, label: Name}
    - {id: person-age, type: number, label: Age}
"""

private let sampleAnswers = Answers(
    values: [
        "name": .text("Ann Example"),
        "story": .text("Line one\nLine two"),
        "age": .integer(42),
        "income": .decimal(Decimal(string: "125.5")!, places: 2),
        "weight": .decimal(Decimal(string: "1.234")!, places: 3),
        "email": .text("ann@example.com"),
        "phone": .text("07700 900982"),
        "postcode": .text("EH1 1YZ"),
        "birthday": .date(year: 1985, month: 3, day: 7),
        "colour": .text("blue"),
        "pets": .selection(["cat", "dog"]),
        "agree": .text("yes"),
        "home": .address(Address(line1: "1 High Street", line2: "", town: "Edinburgh", postcode: "EH1 1YZ")),
        "proof": .file(FileReference(id: "abc123", filename: "proof.pdf", contentType: "application/pdf", size: 2048)),
        "spot": .location(Location(latitude: 55.9533, longitude: -3.1883, description: "By the gates")),
    ],
    items: ["people": [
        ["person-name": .text("Bob"), "person-age": .integer(7)],
        ["person-name": .text("Cat")],
    ]]
)

@Suite("AnswerCoding")
struct AnswerCodingTests {
    let definition: ServiceDefinition

    init() throws {
        definition = try Fixtures.definition(pages: everyType)
    }

    func question(_ id: String) throws -> Question {
        try #require(definition.pages.flatMap(\.questions).first { $0.id == id })
    }

    @Test("answers of every type survive answers → JSON → answers")
    func roundTrip() {
        let json = AnswerCoding.json(sampleAnswers)
        #expect(AnswerCoding.answers(from: json, definition: definition) == sampleAnswers)
    }

    @Test("answers survive a trip through JSON text, as stored in the database")
    func roundTripThroughText() throws {
        let data = try JSONEncoder().encode(AnswerCoding.json(sampleAnswers))
        let decoded = try JSONDecoder().decode([String: JSONValue].self, from: data)
        #expect(AnswerCoding.answers(from: decoded, definition: definition) == sampleAnswers)
    }

    @Test("the JSON has the documented shape for each type")
    func jsonShapes() {
        let json = AnswerCoding.json(sampleAnswers)
        #expect(json["name"] == .string("Ann Example"))
        #expect(json["age"] == .number(42))
        #expect(json["income"] == .string("125.50"), "money keeps two places, as text")
        #expect(json["weight"] == .string("1.234"))
        #expect(json["birthday"] == .string("1985-03-07"))
        #expect(json["pets"] == .array([.string("cat"), .string("dog")]))
        #expect(json["agree"] == .string("yes"))
        #expect(json["home"] == .object(["line1": .string("1 High Street"), "line2": .string(""), "town": .string("Edinburgh"), "postcode": .string("EH1 1YZ")]))
        #expect(json["proof"] == .object(["id": .string("abc123"), "filename": .string("proof.pdf"), "content_type": .string("application/pdf"), "size": .number(2048)]))
        #expect(json["spot"] == .object(["latitude": .number(55.9533), "longitude": .number(-3.1883), "description": .string("By the gates")]))
        #expect(json["people"] == .array([
            .object(["person-name": .string("Bob"), "person-age": .number(7)]),
            .object(["person-name": .string("Cat")]),
        ]), "a repeating page is an array under the page id")
        #expect(json["person-name"] == nil)
    }

    @Test("a location without coordinates has only a description, and round trips")
    func locationWithoutCoordinates() {
        let answers = Answers(values: ["spot": .location(Location(latitude: nil, longitude: nil, description: "Outside the library"))])
        let json = AnswerCoding.json(answers)
        #expect(json["spot"] == .object(["description": .string("Outside the library")]))
        #expect(AnswerCoding.answers(from: json, definition: definition) == answers)
    }

    @Test("stored values that no longer fit the definition are dropped, and unknown keys ignored")
    func misfitsDropped() throws {
        let stored = try Fixtures.jsonObject("""
        {
          "name": 5,
          "age": "forty",
          "birthday": "soon",
          "home": "1 High Street",
          "proof": {"filename": "no-id.pdf"},
          "pets": "cat",
          "colour": "red",
          "removed-question": "hello",
          "people": [{"person-name": "Bob", "person-age": 7.5}]
        }
        """)
        let answers = AnswerCoding.answers(from: stored, definition: definition)
        #expect(answers.values == ["colour": .text("red")])
        #expect(answers.items == ["people": [["person-name": .text("Bob")]]])
    }

    @Test("very large money amounts are written out exactly")
    func largeDecimalExact() {
        #expect(Answer.format(Decimal(string: "123456789012345.67")!, places: 2) == "123456789012345.67")
        #expect(Answer.format(Decimal(string: "1234567.5")!, places: 2) == "1234567.50", "no thousands separators")
    }

    @Test("decimals are rounded to their places and negatives keep their sign")
    func decimalFormatting() {
        #expect(Answer.format(Decimal(string: "2.345")!, places: 2) == "2.35")
        #expect(Answer.format(Decimal(-5), places: 2) == "-5.00")
        #expect(Answer.format(Decimal(string: "0.5")!, places: 0) == "1")
        #expect(Answer.format(Decimal(12), places: 3) == "12.000")
    }

    // MARK: JSON values

    @Test("JSON numbers, booleans and nulls decode to the right case")
    func jsonValueDecoding() throws {
        let object = try Fixtures.jsonObject(#"{"one": 1, "zero": 0, "yes": true, "no": false, "half": 0.5, "nothing": null, "text": "1"}"#)
        #expect(object["one"] == .number(1))
        #expect(object["zero"] == .number(0))
        #expect(object["yes"] == .bool(true))
        #expect(object["no"] == .bool(false))
        #expect(object["half"] == .number(0.5))
        #expect(object["nothing"] == .null)
        #expect(object["text"] == .string("1"))
    }

    @Test("whole numbers encode without a decimal point")
    func jsonValueEncoding() throws {
        let data = try JSONEncoder().encode(JSONValue.array([.number(7), .number(2.5), .bool(true), .null]))
        #expect(String(decoding: data, as: UTF8.self) == "[7,2.5,true,null]")
    }

    @Test("form text of JSON values: whole numbers without .0, booleans as yes/no")
    func formText() {
        #expect(JSONValue.number(7).formText == "7")
        #expect(JSONValue.number(7.25).formText == "7.25")
        #expect(JSONValue.bool(true).formText == "yes")
        #expect(JSONValue.bool(false).formText == "no")
        #expect(JSONValue.array([]).formText == nil)
        #expect(JSONValue.null.formText == nil)
    }

    // MARK: JSON to form input

    @Test("a JSON date becomes the three date fields")
    func dateInput() throws {
        let birthday = try question("birthday")
        let input = try AnswerCoding.input(for: birthday, from: .string("1985-03-07"), language: .en).get()
        #expect(input.fields == ["birthday-year": ["1985"], "birthday-month": ["03"], "birthday-day": ["07"]])
        guard case .failure(let error) = AnswerCoding.input(for: birthday, from: .string("07/03/1985"), language: .en) else {
            Issue.record("a date not written YYYY-MM-DD should be rejected")
            return
        }
        #expect(error.message == "must be a date written YYYY-MM-DD, like 2024-03-31")
    }

    @Test("a single value for choices is read as a one-item list; a list of objects is rejected")
    func choicesInput() throws {
        let pets = try question("pets")
        #expect(try AnswerCoding.input(for: pets, from: .string("dog"), language: .en).get().fields == ["pets": ["dog"]])
        #expect(try AnswerCoding.input(for: pets, from: .array([.string("cat"), .string("dog")]), language: .en).get().fields == ["pets": ["cat", "dog"]])
        guard case .failure(let error) = AnswerCoding.input(for: pets, from: .array([.object([:])]), language: .gd) else {
            Issue.record("a list of objects should be rejected")
            return
        }
        #expect(error.message == "feumaidh e a bhith na liosta de luachan")
    }

    @Test("address and location objects become their part fields; unknown parts are named")
    func compoundInput() throws {
        let home = try question("home")
        let input = try AnswerCoding.input(for: home, from: .object(["line1": .string("1 High St"), "town": .string("Leith"), "postcode": .string("EH6 6AA")]), language: .en).get()
        #expect(input.fields == ["home-line1": ["1 High St"], "home-town": ["Leith"], "home-postcode": ["EH6 6AA"]])
        guard case .failure(let error) = AnswerCoding.input(for: home, from: .object(["street": .string("x")]), language: .en) else {
            Issue.record("an unknown address part should be rejected")
            return
        }
        #expect(error.part == "street")
        let spot = try question("spot")
        let located = try AnswerCoding.input(for: spot, from: .object(["latitude": .number(55.95), "longitude": .number(-3.19)]), language: .en).get()
        #expect(located.fields == ["spot-latitude": ["55.95"], "spot-longitude": ["-3.19"]])
    }

    @Test("a missing or null answer is empty input")
    func missingInput() throws {
        let name = try question("name")
        #expect(try AnswerCoding.input(for: name, from: nil, language: .en).get() == FieldInput())
        #expect(try AnswerCoding.input(for: name, from: .null, language: .en).get() == FieldInput())
    }

    // MARK: Prefilling forms

    @Test("form fields for a stored answer validate back to the same answer", arguments: [
        "name", "story", "age", "income", "weight", "email", "phone", "postcode", "birthday", "colour", "pets", "agree", "home", "spot",
    ])
    func formFieldsRoundTrip(id: String) throws {
        let question = try question(id)
        let answer = try #require(sampleAnswers[id])
        let input = FieldInput(fields: AnswerCoding.formFields(for: question, answer))
        let outcome = QuestionValidator(language: .en, today: Fixtures.today).validate(question, input)
        #expect(outcome == .answered(answer))
    }

    @Test("form fields for dates and money are written as a person would type them")
    func formFieldsText() throws {
        #expect(AnswerCoding.formFields(for: try question("birthday"), sampleAnswers["birthday"]) == ["birthday-day": ["7"], "birthday-month": ["3"], "birthday-year": ["1985"]])
        #expect(AnswerCoding.formFields(for: try question("income"), sampleAnswers["income"]) == ["income": ["125.50"]])
        #expect(AnswerCoding.formFields(for: try question("proof"), sampleAnswers["proof"]).isEmpty, "a file input cannot be prefilled")
        #expect(AnswerCoding.formFields(for: try question("name"), nil).isEmpty)
    }
}

@Suite("AnswerDisplay")
struct AnswerDisplayTests {
    let definition: ServiceDefinition

    init() throws {
        definition = try Fixtures.definition(pages: everyType)
    }

    func lines(_ id: String, _ language: Language = .en) throws -> [String] {
        let question = try #require(definition.pages.flatMap(\.questions).first { $0.id == id })
        let answer = try #require(sampleAnswers[id])
        return AnswerDisplay.lines(answer, for: question, language: language)
    }

    @Test("money shows a pound sign and two places; other decimals their own places")
    func money() throws {
        #expect(try lines("income") == ["£125.50"])
        #expect(try lines("weight") == ["1.234"])
        let income = try #require(definition.page("about")?.questions.first { $0.id == "income" })
        #expect(AnswerDisplay.lines(.decimal(1250000, places: 2), for: income, language: .en) == ["£1,250,000.00"])
        #expect(AnswerDisplay.lines(.decimal(0, places: 2), for: income, language: .gd) == ["£0.00"])
    }

    @Test("dates are written out in English and Gaelic")
    func dates() throws {
        #expect(try lines("birthday") == ["7 March 1985"])
        #expect(try lines("birthday", .gd) == ["7 Am Màrt 1985"])
        #expect(AnswerDisplay.date(year: 2024, month: 12, day: 25, .en) == "25 December 2024")
        #expect(AnswerDisplay.date(year: 2024, month: 12, day: 25, .gd) == "25 An Dùbhlachd 2024")
        #expect(AnswerDisplay.date(year: 2024, month: 1, day: 1, .gd) == "1 Am Faoilleach 2024")
        #expect(AnswerDisplay.date(year: 2024, month: 7, day: 1, .gd) == "1 An t-Iuchar 2024")
        #expect(AnswerDisplay.date(year: 2024, month: 13, day: 1, .en) == "2024-13-01", "an impossible month falls back to ISO")
    }

    @Test("yes and no are shown in the citizen's language")
    func yesNo() throws {
        #expect(try lines("agree") == ["Yes"])
        #expect(try lines("agree", .gd) == ["Tha"])
        let agree = try #require(definition.page("about")?.questions.first { $0.id == "agree" })
        #expect(AnswerDisplay.lines(.text("no"), for: agree, language: .gd) == ["Chan eil"])
        #expect(AnswerDisplay.lines(.text("no"), for: agree, language: .en) == ["No"])
    }

    @Test("choices show option labels in the citizen's language, and unknown values as they are")
    func choices() throws {
        #expect(try lines("colour") == ["Blue"])
        #expect(try lines("colour", .gd) == ["Gorm"])
        #expect(try lines("pets", .gd) == ["Cat", "Cù"])
        let colour = try #require(definition.page("about")?.questions.first { $0.id == "colour" })
        #expect(AnswerDisplay.lines(.text("green"), for: colour, language: .en) == ["green"])
    }

    @Test("whole numbers show their suffix")
    func numbers() throws {
        #expect(try lines("age") == ["42 years"])
        #expect(try lines("age", .gd) == ["42 bliadhna"])
        let personAge = try #require(definition.page("people")?.questions.last)
        #expect(AnswerDisplay.lines(.integer(7), for: personAge, language: .en) == ["7"])
    }

    @Test("text keeps its lines; addresses skip empty lines")
    func textAndAddress() throws {
        #expect(try lines("story") == ["Line one", "Line two"])
        #expect(try lines("home") == ["1 High Street", "Edinburgh", "EH1 1YZ"])
    }

    @Test("files show their name and size")
    func files() throws {
        #expect(try lines("proof") == ["proof.pdf (2 KB)"])
        #expect(AnswerDisplay.size(1_572_864) == "1.5 MB")
        #expect(AnswerDisplay.size(100) == "1 KB")
    }

    @Test("locations show the description and the coordinates")
    func locations() throws {
        #expect(try lines("spot") == ["By the gates", "55.95330, -3.18830"])
    }
}
