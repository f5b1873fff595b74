import Foundation
import Testing
@testable import Domain

/// What an author is told about conditions that could never hold, the limits the JSON schema shares with the
/// parser, and YAML slips, each at its line and column and in the author's terms.
@Suite("Definition authoring")
struct DefinitionAuthoringTests {
    private static let firstPage = """
    - id: first
      questions:
        - {id: born, type: date, label: Date of birth}
        - {id: where, type: location, label: Where is it}
        - {id: size, type: choice, label: Size, options: [{value: small, label: Small}, {value: large, label: Large}]}
        - {id: agreed, type: yes_no, label: Do you agree?}
        - {id: count, type: number, label: How many}
      title: First
    """

    private static func yaml(condition: String) -> String {
        Fixtures.yaml(pages: firstPage + """

        - id: second
          show_when: \(condition)
          questions:
            - {id: second, type: text, label: Second}
        """)
    }

    @Test("less_than and greater_than are refused on date and location questions")
    func numericComparisonsOnlyOnNumbers() {
        for (condition, question) in [("{question: born, less_than: 2000}", "born"), ("{question: where, greater_than: 3}", "where")] {
            let yaml = Self.yaml(condition: condition)
            let problems = Fixtures.problems(yaml)
            #expect(problems.count == 1, "\(problems)")
            let problem = problems.first
            #expect(problem?.message.contains("\(question) is a") == true, "\(problems)")
            #expect(problem?.message.contains("never hold") == true)
            #expect(problem?.line == Fixtures.line(of: "show_when:", in: yaml))
            let test = condition.contains("less_than") ? "less_than" : "greater_than"
            // The column of the value, just after the test's name.
            #expect(problem?.column == (Fixtures.column(of: test, in: yaml) ?? 0) + test.count + 2)
        }
        #expect(Fixtures.problems(Self.yaml(condition: "{question: count, less_than: 3}")).isEmpty)
    }

    @Test("equals and one_of must name an option the question offers, and the message lists them")
    func comparedValuesMustBeOptions() {
        let yaml = Self.yaml(condition: "{question: size, equals: medium}")
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["medium is not an option of size, so this condition would never hold; use one of: small, large"])
        #expect(problems.first?.column == Fixtures.column(of: "medium", in: yaml))

        let listed = Self.yaml(condition: "{question: agreed, one_of: [yes, maybe]}")
        let listProblems = Fixtures.problems(listed)
        #expect(listProblems.map(\.message) == ["maybe is not an option of agreed, so this condition would never hold; use one of: yes, no"])
        #expect(listProblems.first?.column == Fixtures.column(of: "maybe", in: listed))

        #expect(Fixtures.problems(Self.yaml(condition: "{question: size, one_of: [small, large]}")).isEmpty)
        #expect(Fixtures.problems(Self.yaml(condition: "{question: agreed, equals: \"no\"}")).isEmpty)
    }

    @Test("the JSON schema states the parser's limits")
    func schemaFollowsTheParsersLimits() throws {
        let url = Fixtures.repoRoot.appendingPathComponent("docs/service-definition.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let options = try #require(defs["options"] as? [String: Any])
        #expect(options["minItems"] as? Int == DefinitionLimits.minimumOptions)
        let repeatMax = try #require((defs["repeat"] as? [String: Any]).flatMap { $0["properties"] as? [String: Any] }?["max"] as? [String: Any])
        #expect(repeatMax["minimum"] as? Int == DefinitionLimits.repeatMaximum.lowerBound)
        #expect(repeatMax["maximum"] as? Int == DefinitionLimits.repeatMaximum.upperBound)
        let fileSize = try #require(Self.questionProperty(defs, "max_size_mb"))
        #expect(fileSize["type"] as? String == "integer")
        #expect(fileSize["minimum"] as? Int == DefinitionLimits.fileSizeMB.lowerBound)
        #expect(fileSize["maximum"] as? Int == DefinitionLimits.fileSizeMB.upperBound)
        #expect(fileSize["exclusiveMinimum"] == nil)
        let places = try #require(Self.questionProperty(defs, "places"))
        #expect(places["minimum"] as? Int == DefinitionLimits.decimalPlaces.lowerBound)
        #expect(places["maximum"] as? Int == DefinitionLimits.decimalPlaces.upperBound)

        // And the parser holds the same lines.
        let oneOption = Fixtures.yaml(pages: "- id: p\n  questions:\n    - {id: q, type: choice, label: Q, options: [{value: a, label: A}]}")
        #expect(Fixtures.problems(oneOption).map(\.message) == ["a choice needs at least \(DefinitionLimits.minimumOptions) options"])
        let halfMB = Fixtures.yaml(pages: "- id: p\n  questions:\n    - {id: q, type: file, label: Q, max_size_mb: 0.5}")
        #expect(!Fixtures.problems(halfMB).isEmpty)
    }

    /// A property of some question type's `then` branch in the schema's `question` definition.
    private static func questionProperty(_ defs: [String: Any], _ name: String) -> [String: Any]? {
        guard let question = defs["question"] as? [String: Any], let branches = question["allOf"] as? [[String: Any]] else { return nil }
        for branch in branches {
            if let property = ((branch["then"] as? [String: Any])?["properties"] as? [String: Any])?[name] as? [String: Any] { return property }
        }
        return nil
    }

    @Test("an unquoted comma in {en: …} says to quote the text, not that a word is a language")
    func unquotedCommaInLocalisedText() {
        let yaml = Fixtures.yaml(pages: "- id: p\n  questions:\n    - {id: q, type: text, label: {en: Yes, please, gd: Tha}}")
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["label has a comma in its text, so please was read as a language: text with a comma must be in quotes, like en: \"Yes, please\""])
        #expect(problems.first?.line == Fixtures.line(of: "please", in: yaml))
        #expect(problems.first?.column == Fixtures.column(of: "please", in: yaml))
    }

    @Test("bad indentation is described as indentation, at its line")
    func badIndentation() {
        let yaml = """
        format: 1
        slug: test-service
        start:
          body: Apply here
         before_you_start: Have your bank statement ready
        """
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        let message = problems.first?.message ?? ""
        #expect(message.contains("indentation of this line does not match"), "\(message)")
        #expect(!message.contains("block mapping") && !message.contains("expected key"), "\(message)")
        #expect(problems.first?.line == 5)
    }

    @Test("a colon inside unquoted text says to quote the text")
    func colonInText() {
        let problems = Fixtures.problems("format: 1\nslug: test-service\ntitle: Apply: now\n")
        #expect(problems.first?.message.contains("put the whole text in quotes") == true, "\(problems)")
        #expect(problems.first?.message.contains("mapping values") == false)
    }
}
