import Foundation
import Testing
@testable import Domain

/// A page list with one ordinary text question, used where a test needs a valid page before the one under test.
private let firstPage = """
- id: first
  questions:
    - {id: first, type: text, label: First}
"""

@Suite("DefinitionParser")
struct DefinitionParserTests {
    // MARK: Sample services

    @Test("every sample service in services/ parses without problems")
    func everySampleServiceParses() throws {
        let files = try Fixtures.sampleServiceFiles()
        #expect(files.count >= 5, "expected the sample services in \(Fixtures.servicesDirectory.path)")
        for file in files {
            let yaml = try String(contentsOf: file, encoding: .utf8)
            let problems = Fixtures.problems(yaml)
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems.map(\.description))")
        }
    }

    @Test("every sample service's slug matches its file name and has sections, pages and a valid prefix")
    func sampleServicesHaveConsistentIdentity() throws {
        for file in try Fixtures.sampleServiceFiles() {
            let definition = try DefinitionParser.parse(yaml: String(contentsOf: file, encoding: .utf8))
            #expect(definition.slug == file.deletingPathExtension().lastPathComponent)
            #expect(definition.referencePrefix.range(of: "^[A-Z]{2,4}$", options: .regularExpression) != nil)
            #expect(!definition.sections.isEmpty)
            #expect(!definition.pages.isEmpty)
            #expect(definition.pages.first?.isExit == false)
            #expect(definition.pages.first?.repeatGroup == nil)
        }
    }

    @Test("the hardship fund sample is read into the model with its texts, rules and question settings")
    func hardshipFundModel() throws {
        let definition = try Fixtures.sample("hardship-fund")
        #expect(definition.slug == "hardship-fund")
        #expect(definition.referencePrefix == "HRD")
        #expect(definition.title.text(.en) == "Apply for a hardship payment")
        #expect(definition.title.text(.gd) == "Cuir a-steach airson pàigheadh cruadail")
        #expect(definition.sections.map(\.id) == ["eligibility", "your-details", "household", "money", "your-application"])
        #expect(definition.beforeYouStart != nil)
        #expect(definition.declaration != nil)
        #expect(definition.confirmationTitle.english == "Application sent")

        let livesInArea = try #require(definition.page("lives-in-area"))
        #expect(livesInArea.questions.first?.type == .yesNo)
        #expect(livesInArea.next.count == 1)
        #expect(livesInArea.next.first?.when == .equals(question: "lives-in-area", value: "no"))
        #expect(livesInArea.next.first?.goto == "cannot-apply-area")
        #expect(livesInArea.questions.first?.errors[.required]?.text(.en) == "Select yes if you live in the council area")

        let previous = try #require(definition.page("previous-payment"))
        #expect(previous.next.count == 2)
        #expect(previous.next.last?.when == nil, "a rule without when always holds")
        #expect(previous.next.last?.goto == "full-name")

        let exit = try #require(definition.page("cannot-apply-area"))
        #expect(exit.isExit)
        #expect(exit.questions.isEmpty)

        let savings = try #require(definition.page("savings"))
        #expect(savings.showWhen == .greaterThan(question: "monthly-income", value: 1500))

        let members = try #require(definition.page("household-members"))
        let group = try #require(members.repeatGroup)
        #expect(group.min == 0)
        #expect(group.max == 8)
        #expect(group.itemName.text(.gd) == "neach")
        #expect(members.questions.map(\.id) == ["member-name", "member-age", "member-relationship"])
        let age = members.questions[1]
        #expect(age.type == .number)
        #expect(age.minimum == 0)
        #expect(age.maximum == 120)
        #expect(age.suffix?.text(.en) == "years")
        #expect(members.questions[2].options.count == 5)

        let income = try #require(definition.page("monthly-income")?.questions.first)
        #expect(income.money)
        #expect(income.places == 2)
        #expect(income.maximum == 100000)

        let name = try #require(definition.page("full-name")?.questions.first)
        #expect(name.maxLength == 100)
        #expect(name.autocomplete == "name")

        let dateOfBirth = try #require(definition.page("date-of-birth")?.questions.first)
        #expect(dateOfBirth.pastOnly)
        #expect(!dateOfBirth.futureOnly)

        let benefits = try #require(definition.page("benefits")?.questions.first)
        #expect(benefits.minSelected == 1)

        let reason = try #require(definition.page("reason")?.questions.first)
        #expect(reason.type == .longText)
        #expect(reason.minLength == 20)
        #expect(reason.maxLength == 3000)

        let evidence = try #require(definition.page("evidence")?.questions.first)
        #expect(evidence.type == .file)
        #expect(!evidence.required)
        #expect(evidence.fileTypes == [.pdf, .jpg, .png])
        #expect(evidence.maxFileBytes == 10 * 1024 * 1024)

        let contact = try #require(definition.page("contact-details"))
        #expect(contact.title?.english == "How can we contact you?")
        #expect(contact.questions.map(\.type) == [.email, .phone])
    }

    @Test("a minimal definition parses and applies the documented defaults")
    func minimalDefinitionDefaults() throws {
        let definition = try Fixtures.definition(pages: """
        \(firstPage)
        - id: people
          title: People
          repeat: {}
          questions:
            - {id: person, type: text, label: Name}
        - id: pick
          questions:
            - id: pick
              type: choice
              label: Pick one
              display: select
              options:
                - {value: a, label: A}
                - {value: b, label: {en: B, gd: B gd}, hint: A hint}
        """)
        #expect(definition.checkAnswersTitle.english == "Check your answers before sending your application")
        #expect(definition.declaration == nil)
        #expect(definition.beforeYouStart == nil)
        let question = try #require(definition.page("first")?.questions.first)
        #expect(question.required)
        #expect(question.effectiveMaxLength == 200)
        #expect(question.label == LocalisedText("First"))
        #expect(question.label.text(.gd) == "First", "a missing Gaelic text falls back to English")
        let group = try #require(definition.page("people")?.repeatGroup)
        #expect(group.min == 1)
        #expect(group.max == 10)
        #expect(group.itemName.english == "item")
        #expect(group.addAnother.english == "Do you need to add another item?")
        let pick = try #require(definition.page("pick")?.questions.first)
        #expect(pick.displayAsSelect)
        #expect(pick.options.map(\.value) == ["a", "b"])
        #expect(pick.options[1].label.text(.gd) == "B gd")
        #expect(pick.options[1].hint?.english == "A hint")
        #expect(definition.page("pick")?.questionIsHeading == true)
        #expect(definition.page("pick")?.heading.english == "Pick one")
    }

    // MARK: YAML syntax

    @Test("malformed YAML is reported as a YAML syntax error at the line and column of the fault")
    func malformedYAMLHasLineAndColumn() {
        let yaml = """
        format: 1
        slug: test-service
        title: Apply: now
        summary: x
        """
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        let problem = problems.first
        #expect(problem?.message.hasPrefix("YAML syntax error") == true, "\(problems)")
        // The second ": " on line 3 is where a mapping value is not allowed.
        #expect(problem?.line == 3)
        #expect(problem?.column == 13)
    }

    @Test("an unclosed flow sequence is a YAML syntax error on a later line, not line 1")
    func unclosedFlowSequence() {
        let yaml = """
        format: 1
        slug: test-service
        reference_prefix: TST
        sections: [one, two
        summary: x
        """
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("YAML syntax error") == true)
        #expect((problems.first?.line ?? 0) >= 4)
    }

    @Test("a key written twice in one mapping is reported")
    func duplicateYAMLKey() {
        let yaml = Fixtures.yaml(pages: firstPage) + "\nslug: another-slug\n"
        let problems = Fixtures.problems(yaml)
        #expect(problems.contains { $0.message.contains("slug") && $0.message.contains("twice") }, "\(problems)")
    }

    @Test("an empty file is reported rather than crashing")
    func emptyFile() {
        let problems = Fixtures.problems("")
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("the file is empty") == true)
        #expect(problems.first?.line == 1)
        #expect(problems.first?.column == 1)
    }

    @Test("a document that is not a mapping is reported")
    func documentNotAMapping() {
        let problems = Fixtures.problems("- just\n- a list\n")
        #expect(problems.map(\.message) == ["the service definition must be a mapping of keys to values"])
    }

    // MARK: Required and unknown keys

    @Test("every missing required top-level key is reported")
    func missingRequiredTopLevelKeys() {
        let problems = Fixtures.problems("format: 1\n")
        let messages = problems.map(\.message)
        for key in ["slug", "reference_prefix", "title", "summary", "start", "sections", "confirmation"] {
            #expect(messages.contains("the service definition is missing \(key)"), "missing \(key) not reported: \(messages)")
        }
        #expect(!messages.contains { $0.contains("missing format") })
        #expect(!messages.contains { $0.contains("check_answers") }, "check_answers is optional")
        #expect(problems.allSatisfy { $0.line == 1 && $0.column == 1 }, "reported at the top-level mapping")
    }

    @Test("a missing format, start body and confirmation text are reported")
    func missingNestedRequiredKeys() {
        let yaml = """
        slug: test-service
        reference_prefix: TST
        title: Test
        summary: Test
        start:
          before_you_start: Have things ready
        confirmation:
          title: Done
        sections:
          - id: main
            title: Main
            pages:
              - id: first
                questions:
                  - {id: first, type: text, label: First}
        """
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("the service definition is missing format"))
        #expect(messages.contains("start is missing body"))
        #expect(messages.contains("confirmation is missing what_happens_next"))
        #expect(messages.count == 3, "\(messages)")
    }

    @Test("format other than 1 is rejected")
    func wrongFormat() {
        let yaml = Fixtures.yaml(pages: firstPage).replacingOccurrences(of: "format: 1", with: "format: 2")
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["format must be 1 (the only version of the format so far)"])
        #expect(problems.first?.line == 1)
        #expect(problems.first?.column == 9)
    }

    @Test("a question missing its label and a page missing questions are reported")
    func missingQuestionLabelAndPageQuestions() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: text}
        - id: empty-page
          title: Nothing here
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("question is missing label"))
        #expect(messages.contains("page empty-page needs questions, or a body to be an information page, or exit: true: missing questions"))
    }

    @Test("an unknown top-level key is reported at the key with a did-you-mean suggestion")
    func unknownTopLevelKeySuggestsClosest() {
        let yaml = Fixtures.yaml(pages: firstPage) + "\nsumary: typo\n"
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        let problem = problems.first
        #expect(problem?.message == "unknown key sumary in the service definition (did you mean summary?)")
        #expect(problem?.line == Fixtures.line(of: "sumary:", in: yaml))
        #expect(problem?.column == 1)
    }

    @Test("an unknown question key names the question type and suggests the right key")
    func unknownQuestionKeySuggestsClosest() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - id: first
              type: text
              label: First
              max_lenght: 20
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "unknown key max_lenght in a text question (did you mean max_length?)")
        #expect(problems.first?.line == Fixtures.line(of: "max_lenght", in: yaml))
        #expect(problems.first?.column == Fixtures.column(of: "max_lenght", in: yaml))
    }

    @Test("a key far from every allowed key gets no suggestion")
    func unknownKeyWithoutSuggestion() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          colour: purple
          questions:
            - {id: first, type: text, label: First}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages == ["unknown key colour in page"])
    }

    @Test("a key that belongs to another question type is unknown for this type")
    func keyOfAnotherQuestionType() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: number, label: First, max_length: 3}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("unknown key max_length in a number question") == true, "\(messages)")
    }

    // MARK: Slug, prefix and ids

    @Test("slugs that are not 3-60 lower-case letters, digits and hyphens are rejected", arguments: [
        "Hardship-Fund", "hardship_fund", "ab", "-hardship", "hardship-", "hardship fund", String(repeating: "a", count: 61),
    ])
    func badSlug(slug: String) {
        let yaml = Fixtures.yaml(pages: firstPage).replacingOccurrences(of: "slug: test-service", with: "slug: \"\(slug)\"")
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["slug must be 3 to 60 lower-case letters, digits and hyphens, like hardship-fund"])
        #expect(problems.first?.line == 2)
        #expect(problems.first?.column == 7)
    }

    @Test("slugs of 3 and 60 characters are accepted", arguments: ["abc", String(repeating: "a", count: 60), "a-1"])
    func goodSlug(slug: String) throws {
        let yaml = Fixtures.yaml(pages: firstPage).replacingOccurrences(of: "slug: test-service", with: "slug: \(slug)")
        #expect(try DefinitionParser.parse(yaml: yaml).slug == slug)
    }

    @Test("reference prefixes that are not 2-4 capital letters are rejected", arguments: ["hrd", "H", "ABCDE", "H1", "HR-D"])
    func badPrefix(prefix: String) {
        let yaml = Fixtures.yaml(pages: firstPage).replacingOccurrences(of: "reference_prefix: TST", with: "reference_prefix: \"\(prefix)\"")
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["reference_prefix must be 2 to 4 capital letters, like HRD"])
        #expect(problems.first?.line == 3)
        #expect(problems.first?.column == 19)
    }

    @Test("an empty slug is reported as empty")
    func emptySlug() {
        let yaml = Fixtures.yaml(pages: firstPage).replacingOccurrences(of: "slug: test-service", with: "slug: \"\"")
        #expect(Fixtures.problems(yaml).map(\.message) == ["slug cannot be empty"])
    }

    @Test("page and question ids with capitals or underscores are rejected at the id")
    func badIDs() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: Full_Name, type: text, label: Name}
        - id: Second_Page
          questions:
            - {id: second, type: text, label: Second}
        """)
        let problems = Fixtures.problems(yaml)
        let message = "ids use lower-case letters, digits and hyphens, like date-of-birth"
        #expect(problems.map(\.message) == [message, message], "\(problems)")
        #expect(problems.map(\.line) == [Fixtures.line(of: "Full_Name", in: yaml), Fixtures.line(of: "Second_Page", in: yaml)])
        #expect(problems.first?.column == Fixtures.column(of: "Full_Name", in: yaml))
    }

    @Test("a page id used twice is reported at the second use, naming the first line")
    func duplicatePageID() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
        - id: first
          questions:
            - {id: second, type: text, label: Second}
        """)
        let problems = Fixtures.problems(yaml)
        let firstLine = Fixtures.line(of: "- id: first", in: yaml) ?? 0
        #expect(problems.map(\.message) == ["page id first is used twice (first at line \(firstLine))"])
        #expect(problems.first?.line == Fixtures.line(of: "id: second", in: yaml).map { $0 - 2 })
    }

    @Test("a question id used twice, even on different pages, is reported")
    func duplicateQuestionID() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: name, type: text, label: Name}
        - id: second
          questions:
            - {id: name, type: text, label: Name again}
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("question id name is used twice (first at line \(Fixtures.line(of: "label: Name}", in: yaml) ?? 0))") == true, "\(problems)")
        #expect(problems.first?.line == Fixtures.line(of: "Name again", in: yaml))
    }

    @Test("a section id used twice is reported, as ids are unique within the file")
    func duplicateSectionID() {
        let yaml = Fixtures.yaml(sections: """
        - id: main
          title: One
          pages:
            - id: first
              questions:
                - {id: first, type: text, label: First}
        - id: main
          title: Two
          pages:
            - id: second
              questions:
                - {id: second, type: text, label: Second}
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.contains { $0.message.contains("main") && $0.message.contains("twice") }, "got \(problems)")
    }

    @Test("empty lists of sections, pages and questions are reported")
    func emptyLists() {
        #expect(Fixtures.problems(Fixtures.yaml(sections: "[]")).map(\.message) == ["sections must list at least one section"])
        let noPages = Fixtures.problems(Fixtures.yaml(sections: "- {id: main, title: Main, pages: []}"))
        #expect(noPages.map(\.message) == ["section main must have at least one page"])
        let noQuestions = Fixtures.problems(Fixtures.yaml(pages: "- {id: first, questions: []}"))
        #expect(noQuestions.map(\.message) == ["page first must have at least one question"])
    }

    @Test("a page and its single question may share an id")
    func pageAndQuestionShareID() throws {
        let definition = try Fixtures.definition(pages: firstPage)
        #expect(definition.page("first")?.questions.first?.id == "first")
    }

    @Test("reserved page ids are rejected", arguments: ["start", "confirmation", "submit", "print", "check-answers"])
    func reservedPageID(id: String) {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: \(id)
          questions:
            - {id: q-\(id), type: text, label: Something}
        """)
        #expect(Fixtures.problems(yaml).map(\.message) == ["page id \(id) is reserved; choose another"])
    }

    // MARK: Questions

    @Test("an unknown question type is reported at the type, listing the types")
    func unknownQuestionType() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - id: first
              type: textbox
              label: First
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        let message = problems.first?.message ?? ""
        #expect(message.hasPrefix("unknown question type textbox; use one of text, long_text, number"))
        #expect(message.contains("yes_no"))
        #expect(problems.first?.line == Fixtures.line(of: "type: textbox", in: yaml))
        #expect(problems.first?.column == Fixtures.column(of: "textbox", in: yaml))
    }

    @Test("a choice with fewer than two options is rejected")
    func choiceWithOneOption() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - id: first
              type: choice
              label: Pick
              options:
                - {value: only, label: Only}
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["a choice needs at least 2 options"])
        #expect(problems.first?.line == Fixtures.line(of: "value: only", in: yaml))
    }

    @Test("choices without options, and options with a repeated value, are rejected")
    func choicesWithoutOptionsOrRepeatedValues() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: choices, label: Pick}
        - id: second
          questions:
            - id: second
              type: choice
              label: Pick
              options:
                - {value: a, label: A}
                - {value: a, label: A again}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("a choices question needs options: missing options"), "\(messages)")
        #expect(messages.contains("option value a is used twice"), "\(messages)")
    }

    @Test("an invalid regular expression pattern is reported at the pattern")
    func invalidPattern() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - id: first
              type: text
              label: First
              pattern: "[A-Z"
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["pattern is not a valid regular expression"])
        #expect(problems.first?.line == Fixtures.line(of: "pattern:", in: yaml))
    }

    @Test("a valid pattern is kept on the question")
    func validPatternKept() throws {
        let definition = try Fixtures.definition(pages: #"""
        - id: first
          questions:
            - {id: first, type: text, label: NI number, pattern: "[A-Z]{2}[0-9]{6}[A-D]"}
        """#)
        #expect(definition.page("first")?.questions.first?.pattern == "[A-Z]{2}[0-9]{6}[A-D]")
    }

    @Test("number limits must be whole numbers, min must not exceed max, and non-numbers are rejected")
    func numberLimits() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: number, label: Age, min: 0.5}
        - id: second
          questions:
            - {id: second, type: decimal, label: Weight, min: 10, max: 5}
        - id: third
          questions:
            - {id: third, type: decimal, label: Height, max: lots}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("min of a number question must be a whole number"))
        #expect(messages.contains("min (10) is more than max (5)"))
        #expect(messages.contains("max must be a number"))
        #expect(messages.count == 3, "\(messages)")
    }

    @Test("file questions check max_size_mb and the file types")
    func fileQuestionSettings() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: upload
          questions:
            - {id: upload, type: file, label: Upload, max_size_mb: 21, types: [pdf, exe]}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("max_size_mb must be a whole number between 1 and 20"))
        #expect(messages.contains("unknown file type exe; use any of pdf, jpg, png, docx, txt"))
    }

    @Test("a date cannot be both past and future")
    func dateBothPastAndFuture() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: date, label: When, past: true, future: true}
        """)
        #expect(Fixtures.problems(yaml).map(\.message) == ["a date cannot be both past and future"])
    }

    @Test("booleans must be true or false")
    func badBoolean() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First, required: perhaps}
        """)
        #expect(Fixtures.problems(yaml).map(\.message) == ["required must be true or false"])
    }

    @Test("per-question error overrides are read, and unknown error keys are rejected")
    func errorOverrides() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - id: first
              type: text
              label: First
              errors:
                required: {en: Tell us, gd: Innis dhuinn}
                too_long: Too long
        """)
        let question = try #require(definition.page("first")?.questions.first)
        #expect(question.errors[.required] == LocalisedText("Tell us", gaelic: "Innis dhuinn"))
        #expect(question.errors[.tooLong] == LocalisedText("Too long"))
        #expect(question.errors[.pattern] == nil)

        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - id: first
              type: text
              label: First
              errors:
                requird: Tell us
        """)
        #expect(Fixtures.problems(yaml).map(\.message) == ["unknown key requird in errors (did you mean required?)"])
    }

    @Test("a page with more than one question needs a title, as the contract says")
    func multiQuestionPageNeedsTitle() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
            - {id: second, type: text, label: Second}
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.contains { $0.message.contains("title") }, "docs: title is optional only when the page has exactly one question; got \(problems)")
    }

    // MARK: Localised text

    @Test("a localised text without en is reported")
    func localisedTextMissingEnglish() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - id: first
              type: text
              label: {gd: Ainm}
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["label needs an English text (en)"])
        #expect(problems.first?.line == Fixtures.line(of: "label: {gd: Ainm}", in: yaml))
    }

    @Test("a localised text in an unsupported language is reported at the language code")
    func localisedTextUnknownLanguage() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          title: {en: First, fr: Premier}
          questions:
            - {id: first, type: text, label: First}
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["unknown language fr in title; use en or gd"])
        #expect(problems.first?.column == Fixtures.column(of: "fr:", in: yaml))
    }

    @Test("Gaelic translations are read alongside English")
    func localisedTextBothLanguages() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: {en: Full name, gd: Ainm slàn}}
        """)
        let label = try #require(definition.page("first")?.questions.first?.label)
        #expect(label.text(.en) == "Full name")
        #expect(label.text(.gd) == "Ainm slàn")
    }

    // MARK: Conditions and gotos

    @Test("a condition referring to a question that does not exist is reported")
    func conditionUnknownQuestion() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: second
          show_when: {question: ghost, equals: "yes"}
          questions:
            - {id: second, type: text, label: Second}
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["condition refers to question ghost, which is not in this service"])
        #expect(problems.first?.line == Fixtures.line(of: "question: ghost", in: yaml))
    }

    @Test("a show_when referring to a question on a later page is reported")
    func conditionLaterPage() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: second
          show_when: {question: third, equals: "yes"}
          questions:
            - {id: second, type: text, label: Second}
        - id: third
          questions:
            - {id: third, type: yes_no, label: Third?}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages == ["condition on page second refers to question third, which is asked on a later page; conditions can only use answers already given"])
    }

    @Test("a next rule referring to a question on a later page is reported")
    func nextRuleLaterPage() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
          next:
            - when: {question: second, answered: true}
              goto: third
        - id: second
          questions:
            - {id: second, type: text, label: Second}
        - id: third
          questions:
            - {id: third, type: text, label: Third}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("which is asked on a later page") == true, "\(messages)")
    }

    @Test("a show_when referring to a question on its own page is reported")
    func showWhenSamePage() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: second
          show_when: {question: second, answered: true}
          questions:
            - {id: second, type: text, label: Second}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages == ["condition on page second refers to question second, which is asked on the same page; conditions can only use answers already given"])
    }

    @Test("a condition nested in all/any/not is checked too")
    func nestedConditionChecked() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: second
          show_when:
            all:
              - {question: first, answered: true}
              - not: {question: second, equals: x}
          questions:
            - {id: second, type: text, label: Second}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("question second, which is asked on the same page") == true, "\(messages)")
    }

    @Test("a next rule may use an answer from its own page")
    func nextRuleSamePageAllowed() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: yes_no, label: First?}
          next:
            - when: {question: first, equals: "no"}
              goto: stop
        - id: second
          questions:
            - {id: second, type: text, label: Second}
        - id: stop
          exit: true
          title: Stop
        """)
        #expect(definition.page("first")?.next.first?.when == .equals(question: "first", value: "no"))
    }

    @Test("a condition on a question from a repeating page is reported")
    func conditionOnRepeatingQuestion() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: people
          title: People
          repeat: {min: 0}
          questions:
            - {id: person-age, type: number, label: Age}
        - id: later
          show_when: {question: person-age, greater_than: 17}
          questions:
            - {id: later, type: text, label: Later}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages == ["condition refers to question person-age on a repeating page; conditions can only use questions answered once"])
    }

    @Test("a condition must have exactly one test")
    func conditionWithTwoTests() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: second
          show_when: {question: first, equals: a, answered: true}
          questions:
            - {id: second, type: text, label: Second}
        """)
        #expect(Fixtures.problems(yaml).map(\.message) == ["a condition needs exactly one of equals, one_of, greater_than, less_than, answered, before, after, years_ago, days_ago, days_from_today or postcode_in"])
    }

    @Test("a condition giving both all and any is reported rather than silently dropping one")
    func conditionWithAllAndAny() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: second
          show_when:
            all: [{question: first, answered: true}]
            any: [{question: first, equals: x}]
          questions:
            - {id: second, type: text, label: Second}
        """)
        #expect(!Fixtures.problems(yaml).isEmpty, "one of the two lists would be ignored without a word")
    }

    @Test("every condition form is parsed into the model")
    func conditionFormsParsed() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: number, label: First}
        - id: second
          show_when:
            any:
              - {question: first, greater_than: 5}
              - {question: first, less_than: -2.5}
              - all:
                  - {question: first, one_of: [1, 2]}
                  - not: {question: first, answered: false}
          questions:
            - {id: second, type: text, label: Second}
        """)
        let expected = Condition.any([
            .greaterThan(question: "first", value: 5),
            .lessThan(question: "first", value: Decimal(string: "-2.5")!),
            .all([.oneOf(question: "first", values: ["1", "2"]), .not(.answered(question: "first", false))]),
        ])
        #expect(definition.page("second")?.showWhen == expected)
        #expect(expected.questionIDs == ["first", "first", "first", "first"])
    }

    @Test("a goto to an earlier page is rejected as going backwards")
    func backwardsGoto() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: second
          questions:
            - {id: second, type: text, label: Second}
          next:
            - goto: first
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["goto from page second to first goes backwards; a journey can only move forward"])
        #expect(problems.first?.line == Fixtures.line(of: "goto: first", in: yaml))
        #expect(problems.first?.column == Fixtures.column(of: "goto: first", in: yaml).map { $0 + 6 }, "at the goto's value")
    }

    @Test("a goto to its own page is rejected as going backwards")
    func gotoSelf() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
          next:
            - goto: first
        """)
        #expect(Fixtures.problems(yaml).map(\.message) == ["goto from page first to first goes backwards; a journey can only move forward"])
    }

    @Test("a goto to a page that does not exist is reported")
    func gotoUnknownPage() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
          next:
            - goto: nowhere
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["goto names page nowhere, which is not in this service"])
        #expect(problems.first?.line == Fixtures.line(of: "goto: nowhere", in: yaml))
    }

    @Test("goto: check-answers is always allowed")
    func gotoCheckAnswers() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
          next:
            - goto: check-answers
        - id: second
          questions:
            - {id: second, type: text, label: Second}
        """)
        #expect(definition.page("first")?.next.first?.goto == NextRule.checkAnswers)
    }

    @Test("a goto can cross into a later section")
    func gotoLaterSection() throws {
        let definition = try DefinitionParser.parse(yaml: Fixtures.yaml(sections: """
        - id: one
          title: One
          pages:
            - id: first
              questions:
                - {id: first, type: text, label: First}
              next:
                - goto: third
            - id: second
              questions:
                - {id: second, type: text, label: Second}
        - id: two
          title: Two
          pages:
            - id: third
              questions:
                - {id: third, type: text, label: Third}
        """))
        #expect(definition.pages.map(\.id) == ["first", "second", "third"])
        #expect(definition.section(of: definition.pages[2])?.id == "two")
        #expect(definition.pagePosition("third") == 2)
    }

    // MARK: Exit and repeating pages

    @Test("an exit page without a title is reported")
    func exitPageWithoutTitle() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: stop
          exit: true
          body: You cannot continue
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["an exit page needs a title: missing title"])
        #expect(problems.first?.line == Fixtures.line(of: "- id: stop", in: yaml))
    }

    @Test("an exit page cannot have questions or repeat")
    func exitPageWithQuestions() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: stop
          exit: true
          title: Stop
          repeat: {max: 2}
          questions:
            - {id: stop-q, type: text, label: Why}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("an exit page cannot have questions"))
        #expect(messages.contains("an exit page cannot repeat"))
    }

    @Test("the first page cannot be a repeating page")
    func firstPageRepeating() {
        let yaml = Fixtures.yaml(pages: """
        - id: people
          title: People
          repeat: {min: 0, max: 3}
          questions:
            - {id: person, type: text, label: Name}
        \(firstPage)
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["the first page of a service must be an ordinary page that is always shown (not an exit, repeating or conditional page)"])
    }

    @Test("the first-page problem points at the first page, not at its section")
    func firstPageProblemLocation() {
        let yaml = Fixtures.yaml(pages: """
        - id: people
          title: People
          repeat: {min: 0, max: 3}
          questions:
            - {id: person, type: text, label: Name}
        \(firstPage)
        """)
        let problems = Fixtures.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.line == Fixtures.line(of: "- id: people", in: yaml), "the page is at line \(Fixtures.line(of: "- id: people", in: yaml) ?? 0); the section at \(Fixtures.line(of: "- id: main", in: yaml) ?? 0)")
    }

    @Test("a first page with show_when is rejected")
    func firstPageConditional() {
        let yaml = Fixtures.yaml(pages: """
        - id: first
          show_when: {question: first, answered: true}
          questions:
            - {id: first, type: text, label: First}
        """)
        #expect(Fixtures.problems(yaml).contains { $0.message.hasPrefix("the first page of a service must be an ordinary page") })
    }

    @Test("the first page cannot be an exit page")
    func firstPageExit() {
        let yaml = Fixtures.yaml(pages: """
        - id: stop
          exit: true
          title: Stop
        \(firstPage)
        """)
        #expect(Fixtures.problems(yaml).contains { $0.message.hasPrefix("the first page of a service must be an ordinary page") })
    }

    @Test("repeat bounds are checked")
    func repeatBounds() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: people
          title: People
          repeat: {min: 5, max: 2}
          questions:
            - {id: person, type: text, label: Name}
        - id: things
          title: Things
          repeat: {min: -1, max: 51}
          questions:
            - {id: thing, type: text, label: Thing}
        """)
        let messages = Fixtures.problems(yaml).map(\.message)
        #expect(messages.contains("min (5) is more than max (2)"))
        #expect(messages.contains("min cannot be negative"))
        #expect(messages.contains("max must be between 1 and 50"))
    }

    @Test("a repeating page cannot ask for a file")
    func repeatingPageWithFile() {
        let yaml = Fixtures.yaml(pages: """
        \(firstPage)
        - id: people
          title: People
          repeat: {min: 0}
          questions:
            - {id: photo, type: file, label: Photo}
        """)
        #expect(Fixtures.problems(yaml).map(\.message) == ["a repeating page cannot ask for file uploads"])
    }

    // MARK: Several problems

    @Test("several problems are all reported at once, sorted by line")
    func severalProblemsSortedByLine() {
        // Problems are found in an order unlike the file's (references are checked last, top-level keys first).
        let yaml = Fixtures.yaml(pages: """
        - id: first
          questions:
            - {id: first, type: textbox, label: First}
          next:
            - goto: nowhere
        - id: stop
          exit: true
        """).replacingOccurrences(of: "reference_prefix: TST", with: "reference_prefix: tst") + "\nextra_key: 1\n"
        let problems = Fixtures.problems(yaml)
        let messages = problems.map(\.message)
        #expect(problems.count == 5, "\(problems)")
        #expect(messages.contains("reference_prefix must be 2 to 4 capital letters, like HRD"))
        #expect(messages.contains { $0.hasPrefix("unknown question type textbox") })
        #expect(messages.contains("goto names page nowhere, which is not in this service"))
        #expect(messages.contains("an exit page needs a title: missing title"))
        #expect(messages.contains("unknown key extra_key in the service definition"))
        let positions = problems.map { [$0.line, $0.column] }
        #expect(positions == positions.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(problems.first?.line == 3)
        #expect(problems.last?.line == Fixtures.line(of: "extra_key", in: yaml))
    }

    @Test("DefinitionProblems describes every problem as LINE:COLUMN: message, and formats with a file name")
    func problemFormatting() {
        let problem = DefinitionProblem(line: 12, column: 7, message: "goto names page nowhere, which is not in this service")
        #expect(problem.description == "12:7: goto names page nowhere, which is not in this service")
        #expect(problem.formatted(file: "services/x.yaml") == "services/x.yaml:12:7: goto names page nowhere, which is not in this service")
        let problems = DefinitionProblems([problem, DefinitionProblem(line: 14, column: 1, message: "other")])
        #expect(problems.description == "12:7: goto names page nowhere, which is not in this service\n14:1: other")
    }

    @Test("text blocks split paragraphs on blank lines and '- ' lines into bullets")
    func textBlocks() {
        let blocks = TextBlock.blocks(from: "First line\ncontinued.\n\n- one\n- two\n\nLast.")
        #expect(blocks == [.paragraph("First line continued."), .bullets(["one", "two"]), .paragraph("Last.")])
    }

    @Test("language codes ignore case and region")
    func languageCodes() {
        #expect(Language(code: "gd-GB") == .gd)
        #expect(Language(code: "EN") == .en)
        #expect(Language(code: "fr") == nil)
    }
}
