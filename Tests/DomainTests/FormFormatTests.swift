import Foundation
import Testing
@testable import Domain

/// The definition format's additions for real council forms: information pages, declarations, National Insurance
/// numbers, exclusive options, required-when, section conditions, date and text conditions. Each is read, refused
/// when misused (at its line and column), routed and validated.
private let validator = QuestionValidator(language: .en, today: Fixtures.today)

private func submit(_ definition: ServiceDefinition, _ json: String, today: CalendarDay = Fixtures.today) throws -> Result<ValidatedSubmission, ValidationErrors> {
    SubmissionValidator(definition: definition, language: .en, today: today, fileSource: .inline).validate(try Fixtures.jsonObject(json))
}

private func messages(_ yaml: String) -> [String] { Fixtures.problems(yaml).map(\.message) }

@Suite("Format: information pages")
struct InformationPageTests {
    static let pages = """
    - id: name
      questions:
        - {id: name, type: text, label: Your name}
    - id: before-you-continue
      title: {en: Before you continue, gd: Mus lean thu air adhart}
      body: {en: "You will need your last council tax bill.\\n\\n- your account number\\n- the amount you pay"}
    - id: amount
      questions:
        - {id: amount, type: number, label: Amount}
    """

    @Test("a page with a title and body and no questions is an information page on the route")
    func informationPageParsesAndRoutes() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let page = try #require(definition.page("before-you-continue"))
        #expect(page.isInformation)
        #expect(page.questions.isEmpty)
        let route = JourneyRoute(definition, today: Fixtures.today)
        #expect(route.destination(after: try #require(definition.page("name")), Answers()) == .page("before-you-continue"))
        #expect(route.destination(after: page, Answers()) == .page("amount"))
    }

    @Test("the API submits nothing for an information page, and an answer sent for it is unknown")
    func apiIgnoresInformationPage() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let valid = try submit(definition, #"{"name": "Ann", "amount": 3}"#)
        let submission = try valid.get()
        #expect(submission.route.map(\.id) == ["name", "before-you-continue", "amount"])
        let extra = try submit(definition, #"{"name": "Ann", "amount": 3, "before-you-continue": "yes"}"#)
        guard case .failure(let errors) = extra else { Issue.record("expected a refusal"); return }
        #expect(errors.errors.map(\.code) == ["unknown_field"])
    }

    @Test("an information page needs a title, cannot repeat, and a page with neither questions nor body is refused")
    func misuseIsRefused() {
        let untitled = Fixtures.yaml(pages: "- id: first\n  questions:\n    - {id: first, type: text, label: First}\n- id: info\n  body: Read this")
        #expect(messages(untitled) == ["information page info has no questions, so it needs a title for its heading: missing title"])
        #expect(Fixtures.problems(untitled).first?.line == Fixtures.line(of: "- id: info", in: untitled))
        let repeating = Fixtures.yaml(pages: "- id: first\n  questions:\n    - {id: first, type: text, label: First}\n- id: info\n  title: Info\n  body: Read this\n  repeat: {max: 3}")
        #expect(messages(repeating) == ["information page info has no questions, so it cannot repeat; add questions or remove repeat"])
        let empty = Fixtures.yaml(pages: "- id: first\n  questions:\n    - {id: first, type: text, label: First}\n- id: nothing\n  title: Nothing")
        #expect(messages(empty) == ["page nothing needs questions, or a body to be an information page, or exit: true: missing questions"])
    }
}

@Suite("Format: declarations")
struct DeclarationTests {
    static let pages = """
    - id: name
      questions:
        - {id: name, type: text, label: Your name}
    - id: declaration
      title: {en: Declaration, gd: Dearbhadh}
      questions:
        - id: confirm-true
          type: declaration
          label: {en: I confirm the information I have given is true, gd: Tha mi a’ dearbhadh gu bheil am fiosrachadh fìor}
          errors:
            required: {en: Confirm that the information you have given is true}
    """

    @Test("a declaration must be ticked, with its own message; ticked is stored as yes")
    func mustBeTicked() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let question = try #require(definition.page("declaration")?.questions.first)
        #expect(question.type == .declaration)
        #expect(validator.validate(question, FieldInput()).errors.map(\.message) == ["Confirm that the information you have given is true"])
        #expect(validator.validate(question, FieldInput(fields: ["confirm-true": ["no"]])).errors.map(\.code) == ["required"])
        #expect(validator.validate(question, FieldInput(fields: ["confirm-true": ["yes"]])) == .answered(.text("yes")))
        var plain = question
        plain.errors = [:]
        #expect(validator.validate(plain, FieldInput()).errors.map(\.message) == ["Tick the box to confirm ‘I confirm the information I have given is true’"])
        #expect(AnswerDisplay.lines(.text("yes"), for: question, language: .en) == ["Confirmed"])
    }

    @Test("the API takes true or \"yes\", and refuses false")
    func apiDeclaration() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        #expect(try submit(definition, #"{"name": "Ann", "confirm-true": true}"#).get().answers["confirm-true"] == .text("yes"))
        guard case .failure(let errors) = try submit(definition, #"{"name": "Ann", "confirm-true": false}"#) else {
            Issue.record("an unticked declaration was accepted"); return
        }
        #expect(errors.errors.map(\.questionID) == ["confirm-true"])
    }

    @Test("a declaration cannot be optional and its page needs a title")
    func misuseIsRefused() {
        let optional = Fixtures.yaml(pages: "- id: first\n  questions:\n    - {id: first, type: text, label: First}\n- id: d\n  title: Declaration\n  questions:\n    - {id: d, type: declaration, label: I agree, required: false}")
        #expect(messages(optional) == ["a declaration must always be ticked, so it cannot have required: false; for an optional agreement use a yes_no or choices question"])
        #expect(Fixtures.problems(optional).first?.column == Fixtures.column(of: "false", in: optional))
        let untitled = Fixtures.yaml(pages: "- id: first\n  questions:\n    - {id: first, type: text, label: First}\n- id: d\n  questions:\n    - {id: d, type: declaration, label: I agree}")
        #expect(messages(untitled).first?.hasPrefix("page d asks for a declaration") == true)
    }
}

@Suite("Format: National Insurance numbers and normalised answers")
struct NINumberTests {
    let question = Question(id: "ni", type: .niNumber, label: LocalisedText("National Insurance number"))

    @Test("an NI number is stored as HMRC writes it, however it was typed")
    func normalised() {
        for typed in ["qq 12 34 56 c", "QQ123456C", " Qq-12-34-56-C ", "ab 12 34 56 d"] {
            let expected = typed.uppercased().filter { $0.isLetter || $0.isNumber }
            #expect(validator.validate(question, FieldInput(fields: ["ni": [typed]])) == .answered(.text(expected)), "\(typed)")
        }
    }

    @Test("an NI number of the wrong shape, or with a prefix HMRC never issues, is refused with an example")
    func refused() {
        for typed in ["QQ12345C", "QQ 12 34 56 E", "DA123456A", "GB123456A", "12 34 56 78 A", "QQ1234567"] {
            #expect(validator.validate(question, FieldInput(fields: ["ni": [typed]])).errors.map(\.message)
                    == ["Enter a National Insurance number in the correct format, like QQ 12 34 56 C"], "\(typed)")
        }
    }

    @Test("postcodes and phone numbers are normalised for their type too")
    func postcodeAndPhone() {
        let postcode = Question(id: "p", type: .postcode, label: LocalisedText("Postcode"))
        #expect(validator.validate(postcode, FieldInput(fields: ["p": ["pa34 4ab"]])) == .answered(.text("PA34 4AB")))
        let phone = Question(id: "t", type: .phone, label: LocalisedText("Phone"))
        #expect(validator.validate(phone, FieldInput(fields: ["t": ["07700 900982"]])) == .answered(.text("07700 900982")))
    }

    @Test("ni_number is a question type of the format")
    func parses() throws {
        let definition = try Fixtures.definition(pages: "- id: ni\n  questions:\n    - {id: ni, type: ni_number, label: National Insurance number}")
        #expect(definition.page("ni")?.questions.first?.type == .niNumber)
    }
}

@Suite("Format: exclusive options")
struct ExclusiveOptionTests {
    static let pages = """
    - id: benefits
      questions:
        - id: benefits
          type: choices
          label: Do you get any of these benefits?
          options:
            - {value: universal-credit, label: Universal Credit}
            - {value: pension-credit, label: Pension Credit}
            - {value: none, label: None of these, exclusive: true}
    """

    @Test("the exclusive option alone, or others without it, are accepted; together they are refused")
    func exclusiveAlone() throws {
        let question = try #require(try Fixtures.definition(pages: Self.pages).page("benefits")?.questions.first)
        #expect(question.options.last?.exclusive == true)
        #expect(validator.validate(question, FieldInput(fields: ["benefits": ["none"]])) == .answered(.selection(["none"])))
        #expect(validator.validate(question, FieldInput(fields: ["benefits": ["universal-credit", "pension-credit"]])).answer != nil)
        let both = validator.validate(question, FieldInput(fields: ["benefits": ["universal-credit", "none"]]))
        #expect(both.errors.map(\.message) == ["Select ‘None of these’ on its own, or untick it to choose other answers to ‘Do you get any of these benefits?’"])
    }

    @Test("the API refuses the exclusive option with another")
    func apiRefuses() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        guard case .failure(let errors) = try submit(definition, #"{"benefits": ["none", "pension-credit"]}"#) else {
            Issue.record("accepted"); return
        }
        #expect(errors.errors.map(\.questionID) == ["benefits"])
    }

    @Test("exclusive only on a choices question, once, and last")
    func misuse() {
        let onChoice = Fixtures.yaml(pages: "- id: q\n  questions:\n    - {id: q, type: choice, label: Q, options: [{value: a, label: A}, {value: b, label: B, exclusive: true}]}")
        #expect(messages(onChoice) == ["exclusive is for an option of a choices question (tick boxes); a choice question already takes one answer"])
        let notLast = Fixtures.yaml(pages: "- id: q\n  questions:\n    - {id: q, type: choices, label: Q, options: [{value: a, label: A, exclusive: true}, {value: b, label: B}]}")
        #expect(messages(notLast) == ["put the exclusive option last: it is shown after \"or\", below the options it cannot be chosen with"])
        #expect(Fixtures.problems(notLast).first?.column == Fixtures.column(of: "true", in: notLast))
        let twice = Fixtures.yaml(pages: "- id: q\n  questions:\n    - {id: q, type: choices, label: Q, options: [{value: a, label: A, exclusive: true}, {value: b, label: B, exclusive: true}]}")
        #expect(messages(twice) == ["only one option of a question can be exclusive (like \"None of these\")"])
    }
}

@Suite("Format: required when")
struct RequiredWhenTests {
    static let pages = """
    - id: contact
      title: How should we contact you?
      questions:
        - id: contact-by
          type: choice
          label: How should we contact you?
          options:
            - {value: email, label: By email}
            - {value: post, label: By post}
        - id: email
          type: email
          label: Email address
          required_when: {question: contact-by, equals: email}
    """

    @Test("the question is required only when its condition holds, on the same page, in the API")
    func requiredOnlyWhenHolds() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let email = try #require(definition.question("email"))
        #expect(email.requiredWhen == .equals(question: "contact-by", value: "email"))
        let route = JourneyRoute(definition, today: Fixtures.today)
        #expect(route.isRequired(email, Answers(values: ["contact-by": .text("email")])))
        #expect(!route.isRequired(email, Answers(values: ["contact-by": .text("post")])))
        #expect(throws: Never.self) { try submit(definition, #"{"contact-by": "post"}"#).get() }
        guard case .failure(let errors) = try submit(definition, #"{"contact-by": "email"}"#) else { Issue.record("accepted"); return }
        #expect(errors.errors.map(\.questionID) == ["email"])
        #expect(errors.errors.map(\.code) == ["required"])
    }

    @Test("required_when cannot sit with required, nor read its own or a later question")
    func misuse() {
        let both = Fixtures.yaml(pages: "- id: q\n  questions:\n    - {id: a, type: yes_no, label: A}\n    - {id: b, type: text, label: B, required: true, required_when: {question: a, equals: \"yes\"}}\n  title: T")
        #expect(messages(both) == ["a question has required or required_when, not both: with required_when it is required only when the condition holds, and optional otherwise"])
        let later = Fixtures.yaml(pages: "- id: q\n  title: T\n  questions:\n    - {id: b, type: text, label: B, required_when: {question: a, equals: \"yes\"}}\n    - {id: a, type: yes_no, label: A}")
        #expect(messages(later) == ["required_when of b refers to a, which is asked after it; it can only use answers given before this question (on earlier pages, or above it on its page)"])
        #expect(Fixtures.problems(later).first?.line == Fixtures.line(of: "required_when", in: later))
    }
}

@Suite("Format: sections shown when")
struct SectionShowWhenTests {
    static let sections = """
    - id: about
      title: About you
      pages:
        - id: has-partner
          questions:
            - {id: has-partner, type: yes_no, label: Do you live with a partner?}
    - id: partner
      title: Your partner
      show_when: {question: has-partner, equals: "yes"}
      pages:
        - id: partner-name
          questions:
            - {id: partner-name, type: text, label: Partner's name}
        - id: partner-income
          questions:
            - {id: partner-income, type: number, label: Partner's income}
    - id: money
      title: Money
      pages:
        - id: income
          questions:
            - {id: income, type: number, label: Your income}
    """

    @Test("a section whose condition fails is skipped whole, in the route and the API")
    func skipped() throws {
        let definition = try DefinitionParser.parse(yaml: Fixtures.yaml(sections: Self.sections))
        let route = JourneyRoute(definition, today: Fixtures.today)
        let first = try #require(definition.page("has-partner"))
        #expect(route.destination(after: first, Answers(values: ["has-partner": .text("no")])) == .page("income"))
        #expect(route.destination(after: first, Answers(values: ["has-partner": .text("yes")])) == .page("partner-name"))
        #expect(try submit(definition, #"{"has-partner": "no", "income": 100}"#).get().route.map(\.id) == ["has-partner", "income"])
        guard case .failure(let errors) = try submit(definition, #"{"has-partner": "no", "partner-name": "Sam", "income": 100}"#) else {
            Issue.record("accepted"); return
        }
        #expect(errors.errors.map(\.code) == ["not_applicable"])
    }

    @Test("the first section cannot be conditional, and a section condition reads only earlier answers")
    func misuse() {
        let firstConditional = Fixtures.yaml(sections: "- id: a\n  title: A\n  show_when: {question: x, answered: true}\n  pages:\n    - id: x\n      questions:\n        - {id: x, type: text, label: X}")
        #expect(messages(firstConditional).contains("the first section is always shown, so it cannot have show_when; put the condition on a later section"))
        let own = Self.sections.replacingOccurrences(of: "show_when: {question: has-partner", with: "show_when: {question: partner-income")
        #expect(messages(Fixtures.yaml(sections: own)) == ["condition on page partner-name refers to question partner-income, which is asked on a later page; conditions can only use answers already given"])
    }
}

@Suite("Format: conditions on dates")
struct DateConditionTests {
    // Fixtures.today is 2024-06-15.
    static let pages = """
    - id: date-of-birth
      questions:
        - {id: date-of-birth, type: date, label: Date of birth, past: true}
      next:
        - when: {question: date-of-birth, years_ago: {less_than: 16}}
          goto: too-young
    - id: move-in
      questions:
        - {id: move-in, type: date, label: When did you move in?}
      next:
        - when: {question: move-in, before: 2024-04-01}
          goto: check-answers
        - when: {question: move-in, days_from_today: {more_than: 28}}
          goto: too-far
    - id: details
      questions:
        - {id: details, type: text, label: Details}
    - id: too-young
      exit: true
      title: You must be 16 or over
      body: Ask a parent or carer to apply.
    - id: too-far
      exit: true
      title: Apply nearer the time
      body: Apply no more than 28 days before you move.
    """

    func date(_ iso: String) -> Answer {
        let day = CalendarDay(iso: iso)!
        return .date(year: day.year, month: day.month, day: day.day)
    }

    @Test("age from a date of birth counts the birthday itself, against the council's today")
    func age() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let route = JourneyRoute(definition, today: Fixtures.today)
        let page = try #require(definition.page("date-of-birth"))
        #expect(route.destination(after: page, Answers(values: ["date-of-birth": date("2008-06-15")])) == .page("move-in"), "16 today")
        #expect(route.destination(after: page, Answers(values: ["date-of-birth": date("2008-06-16")])) == .page("too-young"), "16 tomorrow")
        let tomorrow = JourneyRoute(definition, today: CalendarDay(year: 2024, month: 6, day: 16))
        #expect(tomorrow.destination(after: page, Answers(values: ["date-of-birth": date("2008-06-16")])) == .page("move-in"))
    }

    @Test("before a fixed date, and days from today")
    func fixedAndRelative() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let route = JourneyRoute(definition, today: Fixtures.today)
        let page = try #require(definition.page("move-in"))
        #expect(route.destination(after: page, Answers(values: ["move-in": date("2024-03-31")])) == .checkAnswers)
        #expect(route.destination(after: page, Answers(values: ["move-in": date("2024-04-01")])) == .page("details"))
        #expect(route.destination(after: page, Answers(values: ["move-in": date("2024-07-13")])) == .page("details"), "28 days")
        #expect(route.destination(after: page, Answers(values: ["move-in": date("2024-07-14")])) == .page("too-far"), "29 days")
    }

    @Test("date tests need a date question, a real date and one bound")
    func misuse() {
        let onText = Fixtures.yaml(pages: "- id: a\n  questions:\n    - {id: a, type: text, label: A}\n  next:\n    - {when: {question: a, before: 2024-01-01}, goto: check-answers}")
        #expect(messages(onText) == ["before tests a date, but a is a text question, so this condition would never hold; use it only on a date question"])
        let badDate = Fixtures.yaml(pages: "- id: a\n  questions:\n    - {id: a, type: date, label: A}\n  next:\n    - {when: {question: a, after: 2024-02-30}, goto: check-answers}")
        #expect(messages(badDate).first?.hasPrefix("after must be a date written YYYY-MM-DD") == true)
        #expect(Fixtures.problems(badDate).first?.column == Fixtures.column(of: "2024-02-30", in: badDate))
        let noBound = Fixtures.yaml(pages: "- id: a\n  questions:\n    - {id: a, type: date, label: A}\n  next:\n    - {when: {question: a, years_ago: 16}, goto: check-answers}")
        #expect(messages(noBound) == ["years_ago needs a bound, like years_ago: {at_least: 16} (or at_most, more_than, less_than)"])
    }
}

@Suite("Format: text and postcode conditions")
struct TextConditionTests {
    static let pages = """
    - id: address
      questions:
        - {id: address, type: address, label: Your address}
      next:
        - when: {question: address, postcode_in: [PA34, G]}
          goto: nearby
    - id: code
      questions:
        - {id: code, type: text, label: Your voucher code}
      next:
        - when: {question: code, equals: "WINTER 24"}
          goto: nearby
    - id: other
      questions:
        - {id: other, type: text, label: Other}
    - id: nearby
      questions:
        - {id: nearby, type: text, label: Nearby}
    """

    func address(_ postcode: String) -> Answer { .address(Address(line1: "1 Road", line2: "", town: "Town", postcode: postcode)) }

    @Test("postcode_in takes districts as scheduling areas write them, and areas by their letters")
    func postcodeIn() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let route = JourneyRoute(definition, today: Fixtures.today)
        let page = try #require(definition.page("address"))
        #expect(route.destination(after: page, Answers(values: ["address": address("PA34 4AB")])) == .page("nearby"))
        #expect(route.destination(after: page, Answers(values: ["address": address("G12 8QQ")])) == .page("nearby"))
        #expect(route.destination(after: page, Answers(values: ["address": address("PA3 4AB")])) == .page("code"), "PA3 is not PA34")
        #expect(route.destination(after: page, Answers(values: ["address": address("GU1 1AA")])) == .page("code"), "GU is not G")
    }

    @Test("a typed answer matches ignoring case and spacing")
    func looseText() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let route = JourneyRoute(definition, today: Fixtures.today)
        let page = try #require(definition.page("code"))
        #expect(route.destination(after: page, Answers(values: ["code": .text("winter24")])) == .page("nearby"))
        #expect(route.destination(after: page, Answers(values: ["code": .text(" Winter  24 ")])) == .page("nearby"))
        #expect(route.destination(after: page, Answers(values: ["code": .text("summer 24")])) == .page("other"))
    }

    @Test("postcode_in needs districts or areas, on a postcode or address question")
    func misuse() {
        let bad = Fixtures.yaml(pages: "- id: a\n  questions:\n    - {id: a, type: postcode, label: A}\n  next:\n    - {when: {question: a, postcode_in: [PA34 4AB]}, goto: check-answers}")
        #expect(messages(bad) == ["PA34 4AB is not a postcode district (the first half of a postcode, like PA34) or area (its letters, like PA)"])
        let onText = Fixtures.yaml(pages: "- id: a\n  questions:\n    - {id: a, type: text, label: A}\n  next:\n    - {when: {question: a, postcode_in: [PA]}, goto: check-answers}")
        #expect(messages(onText) == ["postcode_in tests a postcode, but a is a text question; use it on a postcode or address question"])
    }
}

@Suite("Format: the JSON schema keeps up")
struct FormFormatSchemaTests {
    @Test("the schema knows every question type, error kind, condition test and the new keys the parser reads")
    func schemaHasTheAdditions() throws {
        let url = Fixtures.repoRoot.appendingPathComponent("docs/service-definition.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        func properties(_ name: String) -> [String: Any] { ((defs[name] as? [String: Any])?["properties"] as? [String: Any]) ?? [:] }

        let types = ((properties("question")["type"] as? [String: Any])?["enum"] as? [String]) ?? []
        #expect(Set(types) == Set(QuestionType.allCases.map(\.rawValue)))
        #expect(Set(properties("errors").keys) == Set(ErrorKind.allCases.map(\.rawValue)))
        #expect(properties("question")["required_when"] != nil)
        #expect(properties("section")["show_when"] != nil)
        #expect(properties("option")["exclusive"] != nil)
        let conditionForms = ((defs["condition"] as? [String: Any])?["oneOf"] as? [[String: Any]]) ?? []
        let required = conditionForms.compactMap { $0["required"] as? [String] }
        let tests = Set(required.filter { $0.first == "question" }.flatMap { $0 }).subtracting(["question"])
        #expect(tests == DefinitionParser.conditionTests)
        #expect(Set(required.filter { $0.first == "items" }.compactMap(\.last)) == ["count", "any", "every"])
        #expect(Set(properties("numberBound").keys) == ["at_least", "at_most", "more_than", "less_than"])
    }
}

@Suite("Format: what a visit does to a case, per kind of visit")
struct VisitKindOnCompleteTests {
    static func yaml(inspection: String) -> String {
        Fixtures.yaml(pages: """
        - id: address
          questions:
            - {id: address, type: address, label: Address}
        """) + """

        workflow:
          states:
            - {id: received, label: Received}
            - {id: repair-needed, label: Repair needed}
            - {id: awaiting-access, label: Awaiting access}
            - {id: closed, label: Closed, final: true}
          transitions:
            - {from: [received, awaiting-access], to: repair-needed, roles: [field-worker]}
            - {from: received, to: awaiting-access, roles: [field-worker]}
            - {from: [received, repair-needed], to: closed, roles: [field-worker, case-officer]}
        scheduling:
          visits:
            - id: inspection
              label: Inspection
              on_complete: \(inspection)
            - {id: repair, label: Repair}
          slots: [{id: am, label: Morning}]
          areas: [{id: all, label: Everywhere, postcode_districts: all, daily_capacity: 5}]
          on_complete: {to: closed}
        """
    }

    @Test("a kind's own on_complete decides for its visits; the service's is the default")
    func perKind() throws {
        let definition = try DefinitionParser.parse(yaml: Self.yaml(inspection: "{completed: {to: repair-needed}, not_completed: {to: awaiting-access}}"))
        let scheduling = try #require(definition.scheduling)
        #expect(scheduling.target(for: .completed, kind: "inspection") == "repair-needed")
        #expect(scheduling.target(for: .notCompleted, kind: "inspection") == "awaiting-access")
        #expect(scheduling.target(for: .completed, kind: "repair") == "closed")
        #expect(scheduling.target(for: .notCompleted, kind: "repair") == nil)
    }

    @Test("a kind's on_complete to a state no field worker may move to is refused at its line")
    func refused() {
        let yaml = Self.yaml(inspection: "{to: received}")
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["no transition to received allows the field-worker role, so completing a visit could never move a case there; add field-worker to its roles"])
        #expect(problems.first?.line == Fixtures.line(of: "on_complete: {to: received}", in: yaml))
    }
}

@Suite("Format: conditions over the items of a repeating page")
struct ItemConditionTests {
    static let pages = """
    - id: name
      questions:
        - {id: name, type: text, label: Your name}
    - id: children
      title: Your children
      repeat: {min: 0, max: 6, item_name: child}
      questions:
        - {id: child-name, type: text, label: Name}
        - id: school-year
          type: choice
          label: School year
          options: [{value: p1, label: P1}, {value: p5, label: P5}, {value: p7, label: P7}, {value: s1, label: S1}]
    - id: primary-transport
      show_when:
        items: children
        any: {question: school-year, one_of: [p1, p5]}
      questions:
        - {id: primary-transport, type: yes_no, label: Do they need transport to primary school?}
    - id: several
      show_when: {items: children, count: {at_least: 2}}
      questions:
        - {id: several, type: yes_no, label: Do they go to the same school?}
    - id: all-secondary
      show_when: {items: children, every: {question: school-year, equals: s1}}
      questions:
        - {id: all-secondary, type: yes_no, label: Do they all travel together?}
    """

    func child(_ year: String) -> [String: Answer] { ["child-name": .text("Kim"), "school-year": .text(year)] }

    @Test("any, every and count read the items' own answers")
    func overItems() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let route = JourneyRoute(definition, today: Fixtures.today)
        let children = try #require(definition.page("children"))
        #expect(route.destination(after: children, Answers(items: ["children": [child("p7"), child("p5")]])) == .page("primary-transport"))
        #expect(route.destination(after: children, Answers(items: ["children": [child("p7"), child("s1")]])) == .page("several"))
        #expect(route.destination(after: children, Answers(items: ["children": [child("s1")]])) == .page("all-secondary"))
        #expect(route.destination(after: children, Answers(items: ["children": []])) == .checkAnswers, "every needs at least one item")
    }

    @Test("the API routes by the items sent")
    func api() throws {
        let definition = try Fixtures.definition(pages: Self.pages)
        let sent = #"{"name": "Ann", "children": [{"child-name": "Kim", "school-year": "p1"}], "primary-transport": "yes"}"#
        #expect(try submit(definition, sent).get().route.map(\.id) == ["name", "children", "primary-transport"])
        guard case .failure(let errors) = try submit(definition, #"{"name": "Ann", "children": [], "primary-transport": "yes"}"#) else {
            Issue.record("accepted"); return
        }
        #expect(errors.errors.map(\.code) == ["not_applicable"])
    }

    @Test("items must name an earlier repeating page, and each item's test only its questions")
    func misuse() {
        let notRepeating = Self.pages.replacingOccurrences(of: "show_when: {items: children, count", with: "show_when: {items: name, count")
        #expect(messages(Fixtures.yaml(pages: notRepeating)) == ["items names page name, which is not a repeating page; items tests the answers of a repeating page"])
        let otherQuestion = Self.pages.replacingOccurrences(of: "every: {question: school-year", with: "every: {question: name")
        #expect(messages(Fixtures.yaml(pages: otherQuestion)) == ["the condition on each item of children refers to name, which is not a question of that page; use one of: child-name, school-year"])
        let badValue = Self.pages.replacingOccurrences(of: "one_of: [p1, p5]", with: "one_of: [p1, p9]")
        #expect(messages(Fixtures.yaml(pages: badValue)) == ["p9 is not an option of school-year, so this condition would never hold; use one of: p1, p5, p7, s1"])
        let noTest = Self.pages.replacingOccurrences(of: "show_when: {items: children, count: {at_least: 2}}", with: "show_when: {items: children}")
        #expect(messages(Fixtures.yaml(pages: noTest)) == ["a condition on items needs exactly one of count, any or every, like {items: children, count: {at_least: 1}}"])
    }
}
