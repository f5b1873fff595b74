import Foundation
import Testing
@testable import Domain

@Suite("Route map")
struct RouteMapTests {
    @Test("pages in journey order with their section, kind and routes")
    func nodesAndRoutes() throws {
        let map = RouteMap(try RouteMapFixtures.binRequest())
        #expect(map.pages.map(\.id) == ["live-in-area", "outside-area", "bin-type", "garden-waste", "old-bin", "contact"])
        #expect(map.sections.map(\.id) == ["eligibility", "bins"])
        #expect(map.first == .page("live-in-area"))
        let first = try #require(map.page("live-in-area"))
        #expect(first.routes == [
            RouteMap.Route(kind: .branch(rule: 0, when: .equals(question: LocalisedText("Do you live in the area?", gaelic: "A bheil thu a’ fuireach san sgìre?"), value: .no)),
                           to: .page("outside-area"), canBeTaken: true),
            RouteMap.Route(kind: .otherwise, to: .page("bin-type"), canBeTaken: true),
        ])
        #expect(map.page("outside-area")?.isExit == true)
        #expect(map.page("outside-area")?.routes.isEmpty == true)
        #expect(map.page("bin-type")?.section == 1)
        // An unconditional rule: no fall-through arrow.
        #expect(map.page("bin-type")?.routes.map(\.to) == [.page("garden-waste"), .page("contact")])
        #expect(map.page("contact")?.routes == [RouteMap.Route(kind: .otherwise, to: .checkAnswers, canBeTaken: true)])
        #expect(map.checkAnswersIsReachable)
    }

    @Test("a page every earlier rule jumps past is unreachable, and nothing else is flagged")
    func unreachable() throws {
        let map = RouteMap(try RouteMapFixtures.binRequest())
        #expect(map.flags.map(\.page) == ["old-bin"])
        #expect(map.page("old-bin")?.flags == [.unreachable])
        #expect(map.page("old-bin")?.isReachable == false)
        #expect(map.page("outside-area")?.isReachable == true)
    }

    @Test("an exit page no rule names is unreachable")
    func exitNoRuleTargets() throws {
        let definition = try DefinitionParser.parse(yaml: Fixtures.yaml(pages: """
        - id: name
          questions:
            - {id: name, type: text, label: Name}
        - id: stop
          exit: true
          title: Stop here
        - id: email
          questions:
            - {id: email, type: email, label: Email}
        """))
        let map = RouteMap(definition)
        #expect(map.page("stop")?.flags == [.unreachable])
        #expect(map.page("name")?.routes.map(\.to) == [.page("email")], "falling through passes over exit pages")
    }

    @Test("show_when: the page has a route for when it is not shown, and pages after it stay reachable")
    func showWhenSkips() throws {
        let definition = try DefinitionParser.parse(yaml: Fixtures.yaml(pages: """
        - id: pets
          questions:
            - {id: pets, type: yes_no, label: Do you have pets?}
        - id: pet-name
          show_when: {question: pets, equals: "yes"}
          questions:
            - {id: pet-name, type: text, label: Pet name}
        - id: email
          questions:
            - {id: email, type: email, label: Email}
        """))
        let map = RouteMap(definition)
        let page = try #require(map.page("pet-name"))
        #expect(page.showWhen == .equals(question: LocalisedText("Do you have pets?"), value: .yes))
        #expect(page.routes.map(\.kind) == [.otherwise, .notShown])
        #expect(page.routes.map(\.to) == [.page("email"), .page("email")])
        #expect(map.flags.isEmpty)
    }

    @Test("conditions that can never hold are flagged with the reason, and their routes cannot be taken")
    func neverHolds() throws {
        // Built in code: the parser refuses these, but the designer's model can hold them while being edited.
        var pets = Question(id: "pets", type: .yesNo, label: LocalisedText("Do you have pets?"))
        pets.required = true
        var colour = Question(id: "colour", type: .choice, label: LocalisedText("Colour"))
        colour.options = [Option(value: "red", label: LocalisedText("Red")), Option(value: "blue", label: LocalisedText("Blue"))]
        let name = Question(id: "name", type: .text, label: LocalisedText("Name"))
        let pages = [
            Page(id: "pets", questions: [pets, colour], next: [
                NextRule(when: .equals(question: "colour", value: "green"), goto: "last"),
                NextRule(when: .greaterThan(question: "pets", value: 3), goto: "last"),
                NextRule(when: .answered(question: "name", true), goto: "last"),
                NextRule(when: .all([.equals(question: "colour", value: "red"), .equals(question: "colour", value: "blue")]), goto: "last"),
                NextRule(when: .equals(question: "nowhere", value: "x"), goto: "last"),
                NextRule(when: nil, goto: "name"),
                NextRule(when: .equals(question: "pets", value: "yes"), goto: "last"),
            ]),
            Page(id: "name", questions: [name], showWhen: .equals(question: "name", value: "x")),
            Page(id: "last", questions: [Question(id: "last", type: .text, label: LocalisedText("Last"))], next: [NextRule(when: nil, goto: "gone")]),
        ]
        let definition = ServiceDefinition(
            slug: "never", referencePrefix: "NEV", title: LocalisedText("Never"), summary: LocalisedText("s"), startBody: LocalisedText("b"),
            beforeYouStart: nil, sections: [Section(id: "main", title: LocalisedText("Main"), pages: pages)],
            checkAnswersTitle: LocalisedText("Check"), declaration: nil, confirmationTitle: LocalisedText("Done"), whatHappensNext: LocalisedText("Next")
        )
        let map = RouteMap(definition)
        let first = try #require(map.page("pets"))
        #expect(first.flags == [
            .neverHolds(.rule(0), .notAnOption(question: LocalisedText("Colour"), values: ["green"])),
            .neverHolds(.rule(1), .notANumber(question: LocalisedText("Do you have pets?"))),
            .neverHolds(.rule(2), .askedLater(question: LocalisedText("Name"))),
            .neverHolds(.rule(3), .contradiction(question: LocalisedText("Colour"))),
            .neverHolds(.rule(4), .notInService(questionID: "nowhere")),
            .ruleAfterAlways(rule: 6),
            // Its one way on leads (past "name", never shown) only to "last", whose one way on is a missing page.
            .deadEnd,
        ])
        #expect(first.routes.map(\.canBeTaken) == [false, false, false, false, false, true, false])
        // show_when on its own page's question: never holds, so "name" is never shown and "last" is never reached.
        #expect(map.page("name")?.flags == [.unreachable, .neverHolds(.showWhen, .askedLater(question: LocalisedText("Name"))), .deadEnd])
        #expect(map.page("last")?.flags == [.missingPage(rule: 0, id: "gone"), .deadEnd])
        #expect(map.page("last")?.isReachable == true)
    }

    @Test("a page whose only way on goes to a missing page is a dead end, and so are pages that only lead there")
    func deadEnds() throws {
        let pages = [
            Page(id: "one", questions: [Question(id: "one", type: .text, label: LocalisedText("One"))], next: [NextRule(when: nil, goto: "two")]),
            Page(id: "two", questions: [Question(id: "two", type: .text, label: LocalisedText("Two"))], next: [NextRule(when: nil, goto: "removed")]),
            Page(id: "info", body: LocalisedText("Read this")),
        ]
        let definition = ServiceDefinition(
            slug: "dead", referencePrefix: "DED", title: LocalisedText("Dead"), summary: LocalisedText("s"), startBody: LocalisedText("b"),
            beforeYouStart: nil, sections: [Section(id: "main", title: LocalisedText("Main"), pages: pages)],
            checkAnswersTitle: LocalisedText("Check"), declaration: nil, confirmationTitle: LocalisedText("Done"), whatHappensNext: LocalisedText("Next")
        )
        let map = RouteMap(definition)
        #expect(map.page("one")?.flags == [.deadEnd])
        #expect(map.page("two")?.flags == [.missingPage(rule: 0, id: "removed"), .deadEnd])
        #expect(map.page("info")?.isInformation == true)
        #expect(map.page("info")?.flags == [.unreachable])
        #expect(!map.checkAnswersIsReachable)
    }

    @Test("every sample service maps without a flag")
    func samples() throws {
        for file in try Fixtures.sampleServiceFiles() {
            let definition = try DefinitionParser.parse(yaml: String(contentsOf: file, encoding: .utf8))
            let map = RouteMap(definition)
            #expect(map.flags.isEmpty, "\(file.lastPathComponent): \(map.flags)")
            #expect(map.pages.count == definition.pages.count)
        }
    }

    @Test("a generated service of 1,000 questions and 300 conditions maps without a flag")
    func generated() throws {
        let definition = try DefinitionParser.parse(yaml: DefinitionGenerator(questions: 1000, conditions: 300).yaml())
        let map = RouteMap(definition)
        #expect(map.flags.isEmpty, "\(map.flags.prefix(5))")
        #expect(map.pages.count == 503)
    }
}

@Suite("Definition generator")
struct DefinitionGeneratorTests {
    @Test("the generated YAML is valid and has the questions and conditions asked for", arguments: [(2, 0), (10, 3), (1000, 300), (41, 60)])
    func counts(questions: Int, conditions: Int) throws {
        let definition = try DefinitionParser.parse(yaml: DefinitionGenerator(questions: questions, conditions: conditions).yaml())
        #expect(definition.pages.flatMap(\.questions).count == questions)
        let count = definition.pages.reduce(0) { $0 + ($1.showWhen == nil ? 0 : 1) + $1.next.filter { $0.when != nil }.count }
        #expect(count == conditions)
    }

    @Test("variant 1 is valid and differs from variant 0")
    func variant() throws {
        let before = try DefinitionParser.parse(yaml: DefinitionGenerator(questions: 100, conditions: 30).yaml())
        let after = try DefinitionParser.parse(yaml: DefinitionGenerator(questions: 100, conditions: 30, variant: 1).yaml())
        #expect(before != after)
        #expect(!DefinitionDiff(from: before, to: after).isEmpty)
    }
}
