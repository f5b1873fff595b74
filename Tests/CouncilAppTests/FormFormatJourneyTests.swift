import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// The definition format's additions for real council forms, in the citizen's pages and the partner API: an
/// information page, an NI number, required-when, an exclusive option, a section shown by postcode, a declaration,
/// an age from a date of birth.
@Suite struct FormFormatJourneyTests {
    static let slug = "council-form-check"
    static let yaml = """
    format: 1
    slug: council-form-check
    reference_prefix: CFC
    title: Apply for a council form check
    summary: A service the tests use.
    start:
      body: Start here.
    confirmation:
      title: Application received
      what_happens_next: We will be in touch.
    sections:
      - id: about
        title: About you
        pages:
          - id: date-of-birth
            questions:
              - {id: date-of-birth, type: date, label: What is your date of birth?, past: true}
            next:
              - when: {question: date-of-birth, years_ago: {less_than: 16}}
                goto: too-young
          - id: before-you-continue
            title: Before you continue
            body: You will need your National Insurance number.
          - id: ni-number
            questions:
              - {id: ni-number, type: ni_number, label: What is your National Insurance number?}
          - id: contact
            title: How should we contact you?
            questions:
              - id: contact-by
                type: choice
                label: How should we contact you?
                options: [{value: email, label: By email}, {value: post, label: By post}]
              - id: email
                type: email
                label: Email address
                required_when: {question: contact-by, equals: email}
          - id: postcode
            questions:
              - {id: postcode, type: postcode, label: What is your postcode?}
          - id: benefits
            questions:
              - id: benefits
                type: choices
                label: Do you get any of these?
                options:
                  - {value: universal-credit, label: Universal Credit}
                  - {value: none, label: None of these, exclusive: true}
          - id: too-young
            exit: true
            title: You must be 16 or over
            body: Ask a parent or carer to apply.
      - id: island
        title: Island collection
        show_when: {question: postcode, postcode_in: [PA34, HS]}
        pages:
          - id: ferry
            questions:
              - {id: ferry, type: yes_no, label: Can you take the items to the ferry?}
      - id: declaration
        title: Declaration
        pages:
          - id: declaration
            title: Declaration
            questions:
              - id: confirm
                type: declaration
                label: I confirm the information I have given is true
                errors:
                  required: {en: Confirm that the information you have given is true}
    """

    static func publish(_ database: Database) async throws {
        _ = try await ServicePublisher(database: database).publish(source: yaml)
    }

    @Test(arguments: TestDatabase.engines)
    func citizenCompletesAFormUsingTheAdditions(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await Self.publish(database)
            let browser = BrowserSession(client)
            let base = "/services/\(Self.slug)"
            try await browser.start(Self.slug, expectingFirstPage: "date-of-birth")
            // TestApp's today is 2026-11-25: born 2010-11-26 is 15, so the exit.
            let young = try await browser.answer("\(base)/date-of-birth", [("date-of-birth-day", "26"), ("date-of-birth-month", "11"), ("date-of-birth-year", "2010")])
            #expect(young == "\(base)/too-young")
            try await browser.walk(Self.slug, [
                Step("date-of-birth", [("date-of-birth-day", "25"), ("date-of-birth-month", "11"), ("date-of-birth-year", "2010")], next: "before-you-continue"),
            ])
            let information = try await browser.get("\(base)/before-you-continue")
            #expect(information.heading == "Before you continue")
            #expect(information.text.contains("You will need your National Insurance number."))
            try await browser.walk(Self.slug, [
                Step("before-you-continue", [], next: "ni-number"),
                Step("ni-number", [("ni-number", "qq 12 34 56 c")], next: "contact"),
            ])

            let noEmail = try await browser.post("\(base)/contact", [("contact-by", "email"), ("email", "")])
            #expect(noEmail.status == .unprocessableContent)
            #expect(noEmail.errorSummaryMessages == ["Enter an answer to ‘Email address’"])
            try await browser.walk(Self.slug, [
                Step("contact", [("contact-by", "post"), ("email", "")], next: "postcode"),
                Step("postcode", [("postcode", "pa34 4ab")], next: "benefits"),
            ])

            let benefitsPage = try await browser.get("\(base)/benefits")
            #expect(benefitsPage.html.contains(#"<div class="checkboxes-divider">or</div>"#))
            let both = try await browser.post("\(base)/benefits", [("benefits", "universal-credit"), ("benefits", "none")])
            #expect(both.status == .unprocessableContent)
            #expect(both.errorSummaryMessages == ["Select ‘None of these’ on its own, or untick it to choose other answers to ‘Do you get any of these?’"])
            try await browser.walk(Self.slug, [
                Step("benefits", [("benefits", "none")], next: "ferry"),
                Step("ferry", [("ferry", "yes")], next: "declaration"),
            ])
            let unticked = try await browser.post("\(base)/declaration", [])
            #expect(unticked.status == .unprocessableContent)
            #expect(unticked.errorSummaryMessages == ["Confirm that the information you have given is true"])
            try await browser.walk(Self.slug, [Step("declaration", [("confirm", "yes")], next: "check-answers")])

            let check = try await browser.get("\(base)/check-answers")
            for shown in ["QQ123456C", "PA34 4AB", "None of these", "Confirmed", "Island collection"] {
                #expect(check.text.contains(shown), "check-answers should show \(shown)")
            }
            #expect(!check.text.contains("Before you continue"), "an information page has nothing in check-answers")
            let reference = try #require(try await browser.submit(Self.slug).reference)
            let answers = try #require(try await database.submission(reference)).answers
            #expect(answers["ni-number"] == .string("QQ123456C"))
            #expect(answers["postcode"] == .string("PA34 4AB"))
            #expect(answers["confirm"] == .string("yes"))
            #expect(answers["email"] == nil)
            #expect(answers["before-you-continue"] == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func partnerAPIAppliesTheSameRules(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            try await Self.publish(database)
            let good: [String: Any] = [
                "date-of-birth": "1990-01-01", "ni-number": "ab 12 34 56 d", "contact-by": "email", "email": "sam@example.com",
                "postcode": "g1 1aa", "benefits": ["none"], "confirm": true,
            ]
            let accepted = try await client.submit(Self.slug, good)
            #expect(accepted.status == .created, "\(accepted.body)")

            var island = good
            island["postcode"] = "HS1 2AB"
            let missingFerry = try await client.submit(Self.slug, island)
            #expect(missingFerry.status == .unprocessableContent)
            #expect(missingFerry.errors.map(\.field) == ["ferry"])

            var mainland = good
            mainland["ferry"] = "yes"
            #expect(try await client.submit(Self.slug, mainland).errors.map(\.code) == ["not_applicable"])

            var wrong = good
            wrong["email"] = NSNull()
            wrong["benefits"] = ["none", "universal-credit"]
            wrong["confirm"] = false
            wrong["date-of-birth"] = "2015-01-01"
            let refused = try await client.submit(Self.slug, wrong)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errors.map(\.code).contains("not_eligible"))

            wrong["date-of-birth"] = "1990-01-01"
            let fields = try await client.submit(Self.slug, wrong).errors.map(\.field)
            #expect(fields.sorted() == ["benefits", "confirm", "email"])
        }
    }

    static let schoolYAML = """
    format: 1
    slug: school-transport-check
    reference_prefix: STC
    title: Apply for school transport
    summary: A service the tests use.
    start:
      body: Start here.
    confirmation:
      title: Application received
      what_happens_next: We will be in touch.
    sections:
      - id: children
        title: Your children
        pages:
          - id: name
            questions:
              - {id: name, type: text, label: Your name}
          - id: children
            title: Your children
            repeat: {min: 1, max: 6, item_name: child}
            questions:
              - {id: child-name, type: text, label: Name}
              - id: school-year
                type: choice
                label: School year
                options: [{value: p1, label: P1}, {value: p5, label: P5}, {value: s1, label: S1}]
          - id: primary-transport
            show_when: {items: children, any: {question: school-year, one_of: [p1, p5]}}
            questions:
              - {id: primary-transport, type: yes_no, label: Do they need transport to primary school?}
          - id: same-school
            show_when: {items: children, count: {at_least: 2}}
            questions:
              - {id: same-school, type: yes_no, label: Do they go to the same school?}
          - id: date-of-birth
            questions:
              - {id: date-of-birth, type: date, label: Your date of birth, past: true}
          - id: older-carer
            show_when: {question: age, greater_than: 64}
            questions:
              - {id: older-carer, type: yes_no, label: Do you need help getting them to the bus?}
    computed:
      - {id: number-of-children, label: Number of children, count: children}
      - {id: age, label: Your age, years_since: date-of-birth}
    """

    @Test(arguments: TestDatabase.engines)
    func pagesShownFromTheItemsOfARepeatingPage(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            _ = try await ServicePublisher(database: database).publish(source: Self.schoolYAML)
            let slug = "school-transport-check"
            let base = "/services/\(slug)/children"
            let browser = BrowserSession(client)
            try await browser.start(slug, expectingFirstPage: "name")
            try await browser.walk(slug, [Step("name", [("name", "Pat")], next: "children")])
            #expect(try await browser.answer(base, [("add-another", "yes")]) == "\(base)/1")
            #expect(try await browser.answer("\(base)/1", [("child-name", "Kim"), ("school-year", "s1")]) == base)
            #expect(try await browser.answer(base, [("add-another", "no")]) == "/services/\(slug)/date-of-birth", "one secondary pupil: neither page")
            #expect(try await browser.answer(base, [("add-another", "yes")]) == "\(base)/2")
            #expect(try await browser.answer("\(base)/2", [("child-name", "Lee"), ("school-year", "p5")]) == base)
            #expect(try await browser.answer(base, [("add-another", "no")]) == "/services/\(slug)/primary-transport")
            try await browser.walk(slug, [
                Step("primary-transport", [("primary-transport", "yes")], next: "same-school"),
                Step("same-school", [("same-school", "no")], next: "date-of-birth"),
                // TestApp's today is 2026-11-25: born 1961-11-25 is 65 today.
                Step("date-of-birth", [("date-of-birth-day", "25"), ("date-of-birth-month", "11"), ("date-of-birth-year", "1961")], next: "older-carer"),
                Step("older-carer", [("older-carer", "no")], next: "check-answers"),
            ])
            let check = try await browser.get("/services/\(slug)/check-answers")
            #expect(check.text.contains("Number of children 2"), "computed values are shown in check-answers")
            #expect(check.text.contains("Your age 65"))
            #expect(try await browser.submit(slug).reference != nil)

            let oneSecondary: [String: Any] = ["name": "Pat", "children": [["child-name": "Kim", "school-year": "s1"]], "date-of-birth": "1990-01-01"]
            #expect(try await client.submit(slug, oneSecondary).status == .created)
            var asked = oneSecondary
            asked["same-school"] = "yes"
            #expect(try await client.submit(slug, asked).errors.map(\.code) == ["not_applicable"])
        }
    }
}
