import Foundation
import Testing
@testable import Domain

@Suite("Differences between two versions")
struct DefinitionDiffTests {
    private let base = RouteMapFixtures.binRequestYAML

    private func diff(_ edit: (String) -> String) throws -> [DefinitionChange] {
        let before = try DefinitionParser.parse(yaml: base)
        let after = try DefinitionParser.parse(yaml: edit(base))
        return DefinitionDiff(from: before, to: after).changes
    }

    /// Replaces `old` with `new`, both shifted to the indentation `old`'s first line has in the text (so the edits
    /// read as YAML here whatever the fixture's nesting).
    private func replacing(_ old: String, _ new: String) -> (String) -> String {
        { text in
            let firstLine = old.split(separator: "\n").first.map(String.init) ?? old
            let trimmed = firstLine.drop { $0 == " " }
            let written = firstLine.count - trimmed.count
            let line = text.split(separator: "\n").first { $0.drop { $0 == " " } == trimmed }
            let actual = line.map { $0.count - $0.drop { $0 == " " }.count } ?? written
            let shift = { (block: String) -> String in
                block.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    actual >= written ? String(repeating: " ", count: actual - written) + line : String(line.dropFirst(written - actual))
                }.joined(separator: "\n")
            }
            let from = shift(old), to = shift(new)
            precondition(text.contains(from), "fixture does not contain \(from)")
            return text.replacingOccurrences(of: from, with: to)
        }
    }

    private let email = LocalisedText("Email address", gaelic: "Seòladh puist-d")
    private let binType = LocalisedText("Which bin do you need?", gaelic: "Dè am biona a tha a dhìth ort?")

    /// The edits one after another.
    private func both(_ edits: (String) -> String...) -> (String) -> String {
        { text in edits.reduce(text) { $1($0) } }
    }

    @Test("the same definition has no differences")
    func none() throws {
        #expect(try diff { $0 }.isEmpty)
    }

    @Test("a question added to a page")
    func questionAdded() throws {
        let changes = try diff(both(replacing("""
                  label: {en: Email address, gd: Seòladh puist-d}
        """, """
                  label: {en: Email address, gd: Seòladh puist-d}
                - id: phone
                  type: phone
                  label: Phone number
        """), replacing("- id: contact", "- id: contact\n  title: Contact details")))
        let contact = LocalisedText("Contact details")
        #expect(changes == [.pageText(page: contact, .title, .added(contact)), .questionAdded(question: LocalisedText("Phone number"), page: contact)])
    }

    @Test("a page removed, named by its heading, in the place of its section")
    func pageRemoved() throws {
        let changes = try diff(replacing("""
            - id: old-bin
              questions:
                - id: old-bin-serial
                  type: text
                  label: <Old> bin & serial
        """, ""))
        #expect(changes == [.pageRemoved(page: LocalisedText("<Old> bin & serial"))])
    }

    @Test("a page added to a section")
    func pageAdded() throws {
        let changes = try diff(replacing("""
            - id: contact
        """, """
            - id: name
              questions:
                - {id: name, type: text, label: Your name}
            - id: contact
        """))
        #expect(changes == [.pageAdded(page: LocalisedText("Your name"), section: LocalisedText("Your bin", gaelic: "Am biona agad"))])
    }

    @Test("a branch changed: the rules as they now are, in words")
    func branchChanged() throws {
        let changes = try diff(replacing("""
                - when: {question: bin-type, equals: garden}
                  goto: garden-waste
        """, """
                - when: {question: bin-type, equals: general}
                  goto: old-bin
        """))
        #expect(changes == [.pageBranches(page: binType, [
            .init(when: .equals(question: binType, value: .option(LocalisedText("General waste", gaelic: "Sgudal coitcheann"))),
                  goesTo: .page(LocalisedText("<Old> bin & serial"))),
            .init(when: nil, goesTo: .page(email)),
        ])])
    }

    @Test("a label changed, and a change to the Gaelic alone named as such")
    func labels() throws {
        let changes = try diff(replacing("{en: Email address, gd: Seòladh puist-d}", "{en: Your email address, gd: Seòladh puist-d}"))
        #expect(changes == [.questionText(question: LocalisedText("Your email address", gaelic: "Seòladh puist-d"), .label,
                                          .changed(from: email, to: LocalisedText("Your email address", gaelic: "Seòladh puist-d")))])
        let gaelic = try diff(replacing("{en: Email address, gd: Seòladh puist-d}", "{en: Email address, gd: Am post-d agad}"))
        #expect(gaelic == [.questionText(question: LocalisedText("Email address", gaelic: "Am post-d agad"), .label,
                                         .gaelicChanged(from: "Seòladh puist-d", to: "Am post-d agad"))])
    }

    @Test("an option added, removed, relabelled and the options reordered")
    func options() throws {
        let added = try diff(replacing("""
                    - {value: garden, label: {en: Garden waste, gd: Sgudal gàrraidh}}
        """, """
                    - {value: garden, label: {en: Garden waste, gd: Sgudal gàrraidh}}
                    - {value: other, label: Other}
        """))
        #expect(added == [.optionAdded(option: LocalisedText("Other"), question: binType)])
        let reordered = try diff(replacing("""
                    - {value: general, label: {en: General waste, gd: Sgudal coitcheann}}
                    - {value: garden, label: {en: Garden waste, gd: Sgudal gàrraidh}}
        """, """
                    - {value: garden, label: {en: Garden waste, gd: Sgudal gàrraidh}}
                    - {value: general, label: {en: General waste, gd: Sgudal coitcheann}}
        """))
        #expect(reordered == [.optionsReordered(question: binType)])
    }

    @Test("a question moved to another page is named once, as moved")
    func questionMoved() throws {
        let changes = try diff(both(replacing("""
                - id: old-bin-serial
                  type: text
                  label: <Old> bin & serial
            - id: contact
              questions:
                - id: email
                  type: email
                  label: {en: Email address, gd: Seòladh puist-d}
        """, """
                - id: old-bin-serial
                  type: text
                  label: <Old> bin & serial
                - id: email
                  type: email
                  label: {en: Email address, gd: Seòladh puist-d}
            - id: contact
              questions:
                - id: phone
                  type: phone
                  label: Phone
        """), replacing("        - id: old-bin\n          questions:", "        - id: old-bin\n          title: Old bin\n          questions:")))
        #expect(changes == [
            .pageText(page: LocalisedText("Old bin"), .title, .added(LocalisedText("Old bin"))),
            .questionMoved(question: email, page: LocalisedText("Old bin")),
            .questionAdded(question: LocalisedText("Phone"), page: LocalisedText("Phone")),
        ])
    }

    @Test("a page moved down is the only page named as moved")
    func pageMoved() throws {
        let before = try DefinitionParser.parse(yaml: base)
        var sections = before.sections
        let moved = sections[1].pages.remove(at: 1)   // garden-waste
        sections[1].pages.insert(moved, at: 3)
        var after = before
        after = ServiceDefinition(slug: after.slug, referencePrefix: after.referencePrefix, title: after.title, summary: after.summary,
                                  startBody: after.startBody, beforeYouStart: after.beforeYouStart, sections: sections,
                                  checkAnswersTitle: after.checkAnswersTitle, declaration: after.declaration,
                                  confirmationTitle: after.confirmationTitle, whatHappensNext: after.whatHappensNext)
        let changes = DefinitionDiff(from: before, to: after).changes
        #expect(changes == [.pageMoved(page: LocalisedText("Your garden waste permit number", gaelic: "Àireamh a’ cheadachais sgudal gàrraidh agad"),
                                       section: LocalisedText("Your bin", gaelic: "Am biona agad"))])
    }

    @Test("show_when, exit, required, type and validation changes")
    func pageAndQuestionSettings() throws {
        let changes = try diff(replacing("""
            - id: garden-waste
              questions:
                - id: garden-permit
                  type: text
        """, """
            - id: garden-waste
              show_when: {question: live-in-area, equals: "yes"}
              questions:
                - id: garden-permit
                  type: number
                  required: false
        """))
        let permit = LocalisedText("Your garden waste permit number", gaelic: "Àireamh a’ cheadachais sgudal gàrraidh agad")
        #expect(changes == [
            .pageShowWhen(page: permit, .equals(question: LocalisedText("Do you live in the area?", gaelic: "A bheil thu a’ fuireach san sgìre?"), value: .yes)),
            .questionType(question: permit, from: .text, to: .number),
            .questionRequired(question: permit, required: false),
        ])
        let validation = try diff(replacing("""
                  type: email
        """, """
                  type: email
                  errors:
                    required: Enter your email address
        """))
        #expect(validation == [.questionMessages(question: email)])
    }

    @Test("section, service texts and workflow changes, service texts first and closing texts after the pages")
    func serviceLevel() throws {
        let changes = try diff(both(replacing("title: Test a thing", "title: Ask for a bin"),
                                    replacing("title: {en: Your bin, gd: Am biona agad}", "title: {en: Your bins, gd: Am biona agad}"),
                                    replacing("what_happens_next: We will be in touch.", "what_happens_next: We will email you.")))
        #expect(changes == [
            .serviceText(.title, .changed(from: LocalisedText("Test a thing"), to: LocalisedText("Ask for a bin"))),
            .sectionTitle(section: LocalisedText("Your bins", gaelic: "Am biona agad"),
                          .changed(from: LocalisedText("Your bin", gaelic: "Am biona agad"), to: LocalisedText("Your bins", gaelic: "Am biona agad"))),
            .serviceText(.whatHappensNext, .changed(from: LocalisedText("We will be in touch."), to: LocalisedText("We will email you."))),
        ])
    }

    @Test("workflow states, notifications and scheduling at the grain of a state, an event, the whole scheduling")
    func workflowAndMessages() throws {
        let before = try Fixtures.sample("report-a-pothole")
        var after = before
        after.workflow.states.removeLast()
        after.workflow.states[0].label = LocalisedText("Arrived")
        after.notifications.templates[.reminder] = nil
        after.scheduling = nil
        let changes = DefinitionDiff(from: before, to: after).changes
        #expect(changes.contains(.workflowStateChanged(state: LocalisedText("Arrived"))))
        #expect(changes.contains(.workflowStateRemoved(state: before.workflow.states.last!.label)))
        #expect(changes.contains(.schedulingRemoved) == (before.scheduling != nil))
        #expect(changes.contains(.notificationRemoved(.reminder)) == (before.notifications.templates[.reminder] != nil))
    }

    @Test("the generated service's second version: each kind of edit found, in the newer version's order")
    func generated() throws {
        let before = try DefinitionParser.parse(yaml: DefinitionGenerator(questions: 40, conditions: 10).yaml())
        let after = try DefinitionParser.parse(yaml: DefinitionGenerator(questions: 40, conditions: 10, variant: 1).yaml())
        let changes = DefinitionDiff(from: before, to: after).changes
        #expect(changes.contains(.questionAdded(question: LocalisedText("Your email address"), page: LocalisedText("Page 4", gaelic: "Duilleag 4"))))
        #expect(changes.contains { if case .optionAdded = $0 { true } else { false } })
        #expect(changes.contains { if case .pageBranches = $0 { true } else { false } })
        #expect(changes.filter { if case .questionText(_, .label, _) = $0 { true } else { false } }.count == 4)
    }
}

