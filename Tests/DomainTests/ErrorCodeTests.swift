@testable import Domain
import Testing

@Suite("Error codes for API clients")
struct ErrorCodeTests {
    let validator = QuestionValidator(language: .en, today: CalendarDay(year: 2026, month: 11, day: 25))

    func codes(_ outcome: QuestionOutcome) -> [String] {
        if case .invalid(let errors) = outcome { return errors.map(\.code) }
        return []
    }

    @Test("a missing answer is required; a wrong one is invalid")
    func requiredAndInvalid() {
        let email = Question(id: "email", type: .email, label: LocalisedText("Email address"))
        #expect(codes(validator.validate(email, FieldInput())) == ["required"])
        #expect(codes(validator.validate(email, FieldInput(fields: ["email": ["not-an-email"]]))) == ["invalid"])
        let date = Question(id: "dob", type: .date, label: LocalisedText("Date of birth"))
        #expect(codes(validator.validate(date, FieldInput())) == ["required"])
        #expect(codes(validator.validate(date, FieldInput(fields: ["dob-day": ["31"], "dob-month": ["4"], "dob-year": ["2000"]]))) == ["invalid"])
        let address = Question(id: "home", type: .address, label: LocalisedText("Home address"))
        #expect(codes(validator.validate(address, FieldInput())) == ["required"])
    }

    @Test("whole-submission problems have their own codes")
    func submissionCodes() throws {
        let yaml = """
        format: 1
        slug: codes
        reference_prefix: COD
        title: Codes
        summary: Codes
        start: {body: Start}
        sections:
          - id: main
            title: Main
            pages:
              - id: eligible
                questions: [{id: eligible, type: yes_no, label: Can you apply?}]
                next:
                  - {when: {question: eligible, equals: "no"}, goto: cannot}
              - id: cannot
                exit: true
                title: You cannot apply
              - id: name
                questions: [{id: name, type: text, label: Name}]
        confirmation: {title: Done, what_happens_next: Wait}
        """
        let definition = try DefinitionParser.parse(yaml: yaml)
        let validator = SubmissionValidator(definition: definition, language: .en, today: CalendarDay(year: 2026, month: 11, day: 25), fileSource: .inline)
        guard case .failure(let exit) = validator.validate(["eligible": .string("no"), "name": .string("Ann")]) else {
            Issue.record("an exit route must fail")
            return
        }
        #expect(exit.errors.map(\.code).sorted() == ["not_applicable", "not_eligible"])
        guard case .failure(let unknown) = validator.validate(["eligible": .string("yes"), "name": .string("Ann"), "nickname": .string("A")]) else {
            Issue.record("an unknown answer must fail")
            return
        }
        #expect(unknown.errors.map(\.code) == ["unknown_field"])
    }
}
