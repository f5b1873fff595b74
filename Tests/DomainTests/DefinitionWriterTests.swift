import Foundation
import Testing
@testable import Domain

/// parse → write → parse gives an equal definition, and writing is idempotent.
private func expectRoundTrip(_ definition: ServiceDefinition, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let yaml = try DefinitionWriter.yaml(definition)
    let reread: ServiceDefinition
    do {
        reread = try DefinitionParser.parse(yaml: yaml)
    } catch {
        Issue.record("\(name): the written YAML does not parse: \(error.problems.map(\.description))\n\(yaml)", sourceLocation: sourceLocation)
        return
    }
    #expect(reread == definition, "\(name): the definition read back differs\n\(yaml)", sourceLocation: sourceLocation)
    #expect(try DefinitionWriter.yaml(reread) == yaml, "\(name): writing again gives other bytes", sourceLocation: sourceLocation)
}

@Suite("DefinitionWriter")
struct DefinitionWriterTests {
    @Test("every sample service in services/ reads back equal from the written YAML, and writing is idempotent")
    func sampleServicesRoundTrip() throws {
        let files = try Fixtures.sampleServiceFiles()
        #expect(files.count >= 5)
        for file in files {
            try expectRoundTrip(DefinitionParser.parse(yaml: String(contentsOf: file, encoding: .utf8)), file.lastPathComponent)
        }
    }

    @Test("every valid definition fixture in the parser and authoring tests round-trips")
    func parserFixturesRoundTrip() throws {
        var checked = 0
        for file in ["DefinitionParserTests.swift", "DefinitionAuthoringTests.swift"] {
            let source = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("Tests/DomainTests/\(file)"), encoding: .utf8)
            // Most fixtures begin with the shared first page, `\(firstPage)`: put it in, as the compiler would.
            let firstPage = SwiftLiterals.multiline(in: source).first { $0.hasPrefix("- id: first\n") } ?? ""
            let expanded = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed == "\\(firstPage)" || trimmed == "\\(Self.firstPage)" else { return String(line) }
                let indent = String(line.prefix { $0 == " " })
                return firstPage.split(separator: "\n").map { indent + $0 }.joined(separator: "\n")
            }.joined(separator: "\n")
            for literal in SwiftLiterals.multiline(in: expanded) {
                let candidates = literal.hasPrefix("format:") ? [literal]
                    : literal.hasPrefix("- id:") ? [Fixtures.yaml(pages: literal), Fixtures.yaml(sections: literal)] : []
                for yaml in candidates {
                    guard let definition = try? DefinitionParser.parse(yaml: yaml) else { continue }
                    try expectRoundTrip(definition, "\(file) fixture:\n\(literal)")
                    checked += 1
                }
            }
        }
        // Most of their fixtures are wrong on purpose; ten or so are whole, valid definitions.
        #expect(checked >= 10, "expected the valid fixtures of the parser tests, found \(checked)")
    }

    @Test("every whole definition among the YAML examples of docs/service-definitions.md round-trips")
    func documentedExamplesRoundTrip() throws {
        let docs = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("docs/service-definitions.md"), encoding: .utf8)
        let examples = docs.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        #expect(!examples.isEmpty)
        // The examples so far are fragments; any that becomes a whole definition is held to the guarantee.
        for example in examples where example.hasPrefix("format:") {
            try expectRoundTrip(DefinitionParser.parse(yaml: example), "docs example:\n\(example)")
        }
    }

    @Test("texts YAML would read as something else are quoted and survive", arguments: QuotingHazards.texts)
    func quotingHazards(text: String) throws {
        var definition = try Fixtures.definition(pages: """
        - id: choose
          questions:
            - id: choose
              type: choice
              label: Choose
              options:
                - {value: a, label: A}
                - {value: b, label: B}
        """)
        definition.title = LocalisedText(text.isEmpty ? "x" : text, gaelic: text)
        definition.summary = LocalisedText(text.isEmpty ? "x" : text)
        definition.sections[0].title = LocalisedText("Main", gaelic: text)
        definition.sections[0].pages[0].questions[0].options[0] = Option(value: text.isEmpty ? "a" : text, label: LocalisedText(text.isEmpty ? "y" : text), hint: LocalisedText("h", gaelic: text))
        var words = Question(id: "words", type: .text, label: LocalisedText(text.isEmpty ? "z" : text))
        words.pattern = text.isEmpty || (try? NSRegularExpression(pattern: "^(?:\(text))$")) == nil ? nil : text
        words.autocomplete = text.isEmpty ? nil : text
        definition.sections[0].pages.append(Page(id: "words", questions: [words]))
        definition = ServiceDefinition(rebuilding: definition)
        try expectRoundTrip(definition, "text \(text.debugDescription)")
    }

    @Test("every question type, with every validation key and error message, round-trips")
    func everyQuestionType() throws {
        let definition = try QuestionTypeFixture.definition()
        let written = Set(definition.pages.flatMap(\.questions).map(\.type))
        #expect(written == Set(QuestionType.allCases), "the fixture must ask every type")
        try expectRoundTrip(definition, "every question type")
        let yaml = try DefinitionWriter.yaml(definition)
        for key in ["min_length", "max_length", "pattern", "autocomplete", "min:", "max:", "money", "places", "suffix", "past", "future",
                    "display: select", "min_selected", "max_selected", "max_size_mb", "types: [pdf, png]", "visit:", "required: false"] {
            #expect(yaml.contains(key), "the written YAML has no \(key)")
        }
        for kind in ErrorKind.allCases { #expect(yaml.contains("\(kind.rawValue):"), "no error message \(kind.rawValue)") }
    }

    @Test("conditions of every kind, nested, and next rules round-trip")
    func conditionsRoundTrip() throws {
        var definition = try QuestionTypeFixture.definition()
        let nested = Condition.all([
            .any([.equals(question: "one", value: "no"), .oneOf(question: "pick", values: ["yes", "1"])]),
            .not(.answered(question: "words", false)),
            .not(.any([.greaterThan(question: "count", value: Decimal(string: "2")!), .lessThan(question: "amount", value: Decimal(string: "-1.25")!)])),
        ])
        let last = definition.sections.count - 1
        definition.sections[last].pages[0].showWhen = nested
        definition = ServiceDefinition(rebuilding: definition)
        try expectRoundTrip(definition, "nested conditions")
    }

    @Test("keys that hold their default are left out, and the standard workflow is not written")
    func defaultsLeftOut() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
        - id: people
          title: People
          repeat: {}
          questions:
            - {id: name, type: text, label: Name}
        """)
        let yaml = try DefinitionWriter.yaml(definition)
        for key in ["required:", "places:", "check_answers:", "workflow:", "notifications:", "item_name:", "max_size_mb"] {
            #expect(!yaml.contains(key), "\(key) holds its default and should be left out:\n\(yaml)")
        }
        #expect(yaml.contains("repeat: {}"))
        #expect(yaml.hasPrefix("format: 1\nslug: test-service\n"))
    }

    @Test("English-only text is a plain string, bilingual text a mapping, several lines a literal block")
    func textShapes() throws {
        var definition = try Fixtures.definition(pages: "- id: one\n  questions:\n    - {id: one, type: text, label: One}")
        definition.title = LocalisedText("Plain title")
        definition.summary = LocalisedText("English", gaelic: "Gàidhlig")
        definition.startBody = LocalisedText("First paragraph.\n\n- a bullet\n")
        let yaml = try DefinitionWriter.yaml(definition)
        #expect(yaml.contains("title: Plain title\n"))
        #expect(yaml.contains("summary:\n  en: English\n  gd: Gàidhlig\n"))
        #expect(yaml.contains("  body: |\n    First paragraph.\n\n    - a bullet\n"))
        try expectRoundTrip(definition, "text shapes")
    }

    @Test("the line map gives each element's line, and the innermost element of any line")
    func lineMap() throws {
        let definition = try Fixtures.sample("hardship-fund")
        let written = try DefinitionWriter.write(definition)
        let lines = written.yaml.components(separatedBy: "\n")
        func text(_ location: DefinitionLocation) throws -> String {
            let line = try #require(written.lines.line(of: location), "no line for \(location)")
            return lines[line - 1]
        }
        #expect(try text(.section(id: "eligibility")).contains("- id: eligibility"))
        #expect(try text(.page(id: "lives-in-area")).contains("- id: lives-in-area"))
        #expect(try text(.question(page: "household-members", id: "member-age")).contains("- id: member-age"))
        #expect(try text(.nextRule(page: "previous-payment", index: 1)).contains("goto: full-name"))
        #expect(try text(.confirmation) == "confirmation:")
        let ageLine = try #require(written.lines.line(of: .question(page: "household-members", id: "member-age")))
        #expect(written.lines.location(ofLine: ageLine + 2) == .question(page: "household-members", id: "member-age"))
        #expect(written.lines.location(ofLine: 1) == .service)
        // A page key written after its questions belongs to the page, not to its last question.
        let nextLine = try #require(lines.firstIndex { $0.hasSuffix("next:") }) + 1
        if case .page = written.lines.location(ofLine: nextLine) {} else {
            Issue.record("line \(nextLine) (\(lines[nextLine - 1])) should belong to a page, not \(written.lines.location(ofLine: nextLine))")
        }
        // A parser problem's line leads to the element to fix.
        var broken = written.yaml.replacingOccurrences(of: "type: number", with: "type: numbr")
        broken = String(broken)
        let problem = try #require(Fixtures.problems(broken).first)
        if case .question = written.lines.location(ofLine: problem.line) {} else {
            Issue.record("problem \(problem) should lead to a question, not \(written.lines.location(ofLine: problem.line))")
        }
    }
}

extension ServiceDefinition {
    /// The same definition with its page index rebuilt after sections were changed in place.
    init(rebuilding d: ServiceDefinition) {
        self.init(slug: d.slug, referencePrefix: d.referencePrefix, title: d.title, summary: d.summary, startBody: d.startBody,
                  beforeYouStart: d.beforeYouStart, sections: d.sections, checkAnswersTitle: d.checkAnswersTitle, declaration: d.declaration,
                  confirmationTitle: d.confirmationTitle, whatHappensNext: d.whatHappensNext, workflow: d.workflow,
                  scheduling: d.scheduling, notifications: d.notifications)
    }
}

enum QuotingHazards {
    static let texts: [String] = [
        "no", "yes", "No", "YES", "on", "off", "y", "n", "true", "false", "null", "Null", "~", "1", "0", "-1", "1.5", "1e3", ".5", "0x1F", "0o17",
        ".inf", ".nan", "2026-01-01", "12:30", "#x", "a #b", ": x", "a: b", "a:b", "- x", "-", "? x", "[x]", "{x}", "x, y", "*a", "&a", "!tag",
        "%x", "@x", "`x", "|", ">", "'quoted'", "\"double\"", "it's", "  leading", "trailing  ", "tab\there", "two\nlines", "ends with\n",
        "\n\nstarts blank", "  indented\nblock", "line \nwith trailing space", "---", "...", "ünïcödé – “curly” ‘quotes’", "back\\slash", "((reference))", "crlf\r\nline", "bell\u{7}", "mid\u{FEFF}dle", "next\u{85}line", "line\u{2028}separator", "emoji 🙂",
    ]
}

/// Reads the multi-line string literals of a Swift source file, as the compiler would (indentation stripped).
enum SwiftLiterals {
    static func multiline(in source: String) -> [String] {
        var literals: [String] = []
        var current: [Substring]?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var body = current {
                if trimmed.hasPrefix("\"\"\"") {
                    let indent = line.prefix { $0 == " " }.count
                    let text = body.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
                    if !text.contains("\\(") {
                        literals.append(text.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\"))
                    }
                    current = nil
                } else {
                    body.append(line)
                    current = body
                }
            } else if trimmed.hasSuffix("\"\"\""), trimmed != "\"\"\"" {
                current = []
            }
        }
        return literals
    }
}

/// A service asking every question type with every key its type takes and a message for every error.
enum QuestionTypeFixture {
    static func definition() throws -> ServiceDefinition {
        try DefinitionParser.parse(yaml: """
        format: 1
        slug: every-type
        reference_prefix: EVT
        title: {en: Every type, gd: Gach seòrsa}
        summary: Asks every question type.
        start:
          body: Start.
          before_you_start: Have things ready.
        check_answers:
          title: Look again
          declaration: "I promise: it's true"
        confirmation:
          title: Done
          what_happens_next: We will be in touch.
        sections:
          - id: all
            title: All
            pages:
              - id: texts
                title: Texts
                body: "Some: body"
                questions:
                  - {id: words, type: text, label: Words, hint: A hint, required: false, min_length: 2, max_length: 40, pattern: '[A-Z]+', autocomplete: name,
                     errors: {required: R, too_short: S, too_long: L, pattern: P, too_small: TS, too_large: TL, invalid: I}}
                  - {id: essay, type: long_text, label: Essay, min_length: 10, max_length: 900}
                  - {id: count, type: number, label: Count, min: 1, max: 9, suffix: {en: items, gd: nithean}}
                  - {id: amount, type: decimal, label: Amount, min: '-5.5', max: 100, money: true}
                  - {id: weight, type: decimal, label: Weight, places: 3}
                  - {id: mail, type: email, label: Email}
                  - {id: phone, type: phone, label: Phone}
                  - {id: home, type: address, label: Address}
                  - {id: code, type: postcode, label: Postcode}
                  - {id: born, type: date, label: Born, past: true}
                  - {id: due, type: date, label: Due, future: true}
                  - {id: one, type: yes_no, label: One}
                  - id: pick
                    type: choice
                    label: Pick
                    display: select
                    options:
                      - {value: "yes", label: "Yes", hint: {en: Agree, gd: Aontaich}}
                      - {value: "1", label: One}
                  - id: many
                    type: choices
                    label: Many
                    min_selected: 1
                    max_selected: 2
                    options: [{value: a, label: A}, {value: b, label: B}, {value: c, label: C}, {value: none, label: None, exclusive: true}]
                    errors: {exclusive: X}
                  - {id: proof, type: file, label: Proof, max_size_mb: 5, types: [pdf, png]}
                  - {id: spot, type: location, label: Where}
              - id: visit
                questions:
                  - {id: when, type: appointment, visit: survey, label: When}
          - id: end
            title: End
            pages:
              - id: last
                questions:
                  - {id: last, type: text, label: Last}
              - id: sign
                title: Sign
                questions:
                  - {id: agree, type: declaration, label: I agree}
                  - {id: ni, type: ni_number, label: NI number}
        workflow:
          states:
            - {id: new, label: New, citizen_text: Got it, target_working_days: 2}
            - {id: done, label: {en: Done, gd: Deiseil}, final: true}
          transitions:
            - {from: new, to: done, roles: [field-worker, case-officer], notify: true, reason: required}
          target: {working_days: 5, until: [done]}
        scheduling:
          visits: [{id: survey, label: Survey}, {id: repair, label: Repair}]
          slots: [{id: am, label: Morning, capacity: 3}, {id: pm, label: Afternoon}]
          areas:
            - {id: north, label: North, postcode_districts: [PA35, PA34], daily_capacity: 4, crew: North crew}
            - {id: rest, label: Rest, postcode_districts: all, daily_capacity: 2}
          earliest_working_days: 0
          latest_working_days: 30
          on_complete: {completed: {to: done}}
          key_answers: [words, home]
        notifications:
          channel_question: pick-channel
          submitted:
            email_subject: "Got ((reference))"
            sms: {en: "Sent ((reference))", gd: "Air a chur ((reference))"}
            notify_email_template: f33517ff-2a88-4f6e-b855-c550268ce08a
          reminder: {}
        """.replacingOccurrences(of: "channel_question: pick-channel\n  ", with: ""))
    }
}
