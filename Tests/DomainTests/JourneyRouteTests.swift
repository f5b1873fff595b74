import Foundation
import Testing
@testable import Domain

/// A branching journey used by most tests:
///
///     colour (choice) --red--> red-details --goto check-answers
///            \--green/blue--> age (number) --<16--> too-young (exit)
///                                          --answered and >100--> check-answers
///                                          else falls through (past the exit) to pets
///     pets (choices), shown when age > 17 or colour is blue
///     dog-name, shown when pets includes dog and not (age unanswered)
///     too-young: exit
///     last: text
private let branching = """
- id: colour
  questions:
    - id: colour
      type: choice
      label: Colour
      options:
        - {value: red, label: Red}
        - {value: green, label: Green}
        - {value: blue, label: Blue}
  next:
    - when: {question: colour, equals: red}
      goto: red-details
    - when: {question: colour, one_of: [green, blue]}
      goto: age
- id: red-details
  questions:
    - {id: red-details, type: text, label: Why red}
  next:
    - goto: check-answers
- id: age
  questions:
    - {id: age, type: number, label: Age}
  next:
    - when: {question: age, less_than: 16}
      goto: too-young
    - when: {all: [{question: age, answered: true}, {question: age, greater_than: 100}]}
      goto: check-answers
- id: pets
  show_when:
    any:
      - {question: age, greater_than: 17}
      - {question: colour, equals: blue}
  questions:
    - id: pets
      type: choices
      label: Pets
      options:
        - {value: cat, label: Cat}
        - {value: dog, label: Dog}
- id: dog-name
  show_when:
    all:
      - {question: pets, equals: dog}
      - not: {question: age, answered: false}
  questions:
    - {id: dog-name, type: text, label: Dog name}
- id: too-young
  exit: true
  title: You are too young
- id: last
  questions:
    - {id: last, type: text, label: Last}
"""

@Suite("JourneyRoute")
struct JourneyRouteTests {
    let route: JourneyRoute

    init() throws {
        route = JourneyRoute(try Fixtures.definition(pages: branching), today: Fixtures.today)
    }

    func page(_ id: String) throws -> Page {
        try #require(route.definition.page(id))
    }

    func answers(_ values: [String: Answer]) -> Answers { Answers(values: values) }

    // MARK: Conditions

    @Test("equals matches a text answer, one value of a selection, and a number written as text")
    func equalsCondition() {
        #expect(route.holds(.equals(question: "colour", value: "red"), answers(["colour": .text("red")])))
        #expect(!route.holds(.equals(question: "colour", value: "red"), answers(["colour": .text("green")])))
        #expect(route.holds(.equals(question: "pets", value: "dog"), answers(["pets": .selection(["cat", "dog"])])))
        #expect(!route.holds(.equals(question: "pets", value: "dog"), answers(["pets": .selection(["cat"])])))
        #expect(route.holds(.equals(question: "age", value: "7"), answers(["age": .integer(7)])))
        #expect(route.holds(.equals(question: "when", value: "2024-03-01"), answers(["when": .date(year: 2024, month: 3, day: 1)])))
        #expect(!route.holds(.equals(question: "colour", value: "red"), answers([:])), "an unanswered question equals nothing")
    }

    @Test("one_of matches when the answer, or any selected value, is in the list")
    func oneOfCondition() {
        let condition = Condition.oneOf(question: "colour", values: ["green", "blue"])
        #expect(route.holds(condition, answers(["colour": .text("blue")])))
        #expect(!route.holds(condition, answers(["colour": .text("red")])))
        #expect(route.holds(.oneOf(question: "pets", values: ["dog", "fish"]), answers(["pets": .selection(["cat", "dog"])])))
        #expect(!route.holds(.oneOf(question: "pets", values: ["fish"]), answers(["pets": .selection(["cat", "dog"])])))
        #expect(!route.holds(condition, answers([:])))
    }

    @Test("greater_than and less_than compare numbers strictly, for whole numbers and decimals")
    func numericConditions() {
        #expect(route.holds(.greaterThan(question: "age", value: 17), answers(["age": .integer(18)])))
        #expect(!route.holds(.greaterThan(question: "age", value: 17), answers(["age": .integer(17)])))
        #expect(route.holds(.lessThan(question: "age", value: 16), answers(["age": .integer(15)])))
        #expect(!route.holds(.lessThan(question: "age", value: 16), answers(["age": .integer(16)])))
        let income = Decimal(string: "1500.01")!
        #expect(route.holds(.greaterThan(question: "income", value: 1500), answers(["income": .decimal(income, places: 2)])))
        #expect(!route.holds(.greaterThan(question: "income", value: 1500), answers(["income": .decimal(1500, places: 2)])))
        #expect(route.holds(.lessThan(question: "income", value: Decimal(string: "0.5")!), answers(["income": .decimal(Decimal(string: "0.25")!, places: 2)])))
    }

    @Test("numeric conditions are false for missing or non-numeric answers")
    func numericConditionsOnNonNumbers() {
        #expect(!route.holds(.greaterThan(question: "age", value: 0), answers([:])))
        #expect(!route.holds(.lessThan(question: "age", value: 100), answers([:])))
        #expect(!route.holds(.greaterThan(question: "colour", value: 0), answers(["colour": .text("5")])))
    }

    @Test("answered: true and answered: false test for the presence of an answer")
    func answeredCondition() {
        #expect(route.holds(.answered(question: "age", true), answers(["age": .integer(1)])))
        #expect(!route.holds(.answered(question: "age", true), answers([:])))
        #expect(route.holds(.answered(question: "age", false), answers([:])))
        #expect(!route.holds(.answered(question: "age", false), answers(["age": .integer(1)])))
    }

    @Test("all, any and not combine conditions")
    func combinedConditions() {
        let red = Condition.equals(question: "colour", value: "red")
        let adult = Condition.greaterThan(question: "age", value: 17)
        let redAdult = answers(["colour": .text("red"), "age": .integer(30)])
        let redChild = answers(["colour": .text("red"), "age": .integer(3)])
        #expect(route.holds(.all([red, adult]), redAdult))
        #expect(!route.holds(.all([red, adult]), redChild))
        #expect(route.holds(.any([red, adult]), redChild))
        #expect(!route.holds(.any([adult]), redChild))
        #expect(route.holds(.not(adult), redChild))
        #expect(!route.holds(.not(red), redChild))
        #expect(route.holds(.all([]), redChild), "an empty all holds")
        #expect(!route.holds(.any([]), redChild), "an empty any does not")
    }

    // MARK: Destinations

    @Test("the first next rule that holds decides the destination")
    func nextRulesDecide() throws {
        let colour = try page("colour")
        #expect(route.destination(after: colour, answers(["colour": .text("red")])) == .page("red-details"))
        #expect(route.destination(after: colour, answers(["colour": .text("green")])) == .page("age"))
        #expect(route.destination(after: colour, answers(["colour": .text("blue")])) == .page("age"))
    }

    @Test("with no rule holding, the journey falls through to the next page in file order")
    func fallThrough() throws {
        #expect(route.destination(after: try page("colour"), answers([:])) == .page("red-details"))
    }

    @Test("goto: check-answers goes straight to check-answers")
    func gotoCheckAnswers() throws {
        #expect(route.destination(after: try page("red-details"), answers(["colour": .text("red"), "red-details": .text("x")])) == .checkAnswers)
        #expect(route.destination(after: try page("age"), answers(["colour": .text("blue"), "age": .integer(101)])) == .checkAnswers)
    }

    @Test("a rule can send the journey to an exit page")
    func ruleToExit() throws {
        #expect(route.destination(after: try page("age"), answers(["colour": .text("green"), "age": .integer(15)])) == .page("too-young"))
    }

    @Test("show_when skips pages whose condition is false when falling through")
    func showWhenSkips() throws {
        let age = try page("age")
        #expect(route.destination(after: age, answers(["colour": .text("green"), "age": .integer(30)])) == .page("pets"))
        // Green and 17: pets hidden (needs age > 17 or blue), dog-name hidden (no dog), too-young is an exit: lands on last.
        #expect(route.destination(after: age, answers(["colour": .text("green"), "age": .integer(17)])) == .page("last"))
        // Blue shows pets whatever the age.
        #expect(route.destination(after: age, answers(["colour": .text("blue"), "age": .integer(16)])) == .page("pets"))
    }

    @Test("a page is shown when its show_when holds")
    func isShown() throws {
        let dogName = try page("dog-name")
        #expect(route.isShown(dogName, answers(["pets": .selection(["dog"]), "age": .integer(40)])))
        #expect(!route.isShown(dogName, answers(["pets": .selection(["dog"])])), "not(age unanswered) fails")
        #expect(!route.isShown(dogName, answers(["pets": .selection(["cat"]), "age": .integer(40)])))
        #expect(route.isShown(try page("colour"), answers([:])), "a page without show_when is always shown")
    }

    @Test("exit pages are never reached by falling through")
    func exitNotReachedByFallThrough() throws {
        let dogName = try page("dog-name")
        // dog-name is followed in the file by the exit page too-young; falling through skips it.
        #expect(route.destination(after: dogName, answers(["pets": .selection(["dog"]), "age": .integer(40), "dog-name": .text("Rex")])) == .page("last"))
        #expect(route.destination(after: try page("last"), answers([:])) == .checkAnswers, "after the last page comes check-answers")
    }

    @Test("falling through past a final exit page ends at check-answers")
    func exitLastPageFallThrough() throws {
        let route = JourneyRoute(try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: yes_no, label: First?}
          next:
            - when: {question: first, equals: "no"}
              goto: stop
        - id: stop
          exit: true
          title: Stop
        """), today: Fixtures.today)
        let first = try #require(route.definition.page("first"))
        #expect(route.destination(after: first, Answers(values: ["first": .text("yes")])) == .checkAnswers)
        #expect(route.destination(after: first, Answers(values: ["first": .text("no")])) == .page("stop"))
    }

    @Test("a goto to a hidden page goes on to the next shown page after it")
    func gotoHiddenPage() throws {
        let route = JourneyRoute(try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: yes_no, label: First?}
          next:
            - goto: hidden
        - id: skipped
          questions:
            - {id: skipped, type: text, label: Skipped}
        - id: hidden
          show_when: {question: first, equals: "yes"}
          questions:
            - {id: hidden, type: text, label: Hidden}
        - id: also-hidden
          show_when: {question: first, equals: "yes"}
          questions:
            - {id: also-hidden, type: text, label: Also hidden}
        - id: stop
          exit: true
          title: Stop
        - id: shown
          questions:
            - {id: shown, type: text, label: Shown}
        """), today: Fixtures.today)
        let first = try #require(route.definition.page("first"))
        #expect(route.destination(after: first, Answers(values: ["first": .text("yes")])) == .page("hidden"))
        #expect(route.destination(after: first, Answers(values: ["first": .text("no")])) == .page("shown"),
                "skips the hidden pages and the exit, and never goes back to 'skipped'")
    }

    @Test("a goto to a hidden page with nothing shown after it ends at check-answers")
    func gotoHiddenLastPage() throws {
        let route = JourneyRoute(try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: yes_no, label: First?}
          next:
            - goto: hidden
        - id: skipped
          questions:
            - {id: skipped, type: text, label: Skipped}
        - id: hidden
          show_when: {question: first, equals: "yes"}
          questions:
            - {id: hidden, type: text, label: Hidden}
        """), today: Fixtures.today)
        let first = try #require(route.definition.page("first"))
        #expect(route.destination(after: first, Answers(values: ["first": .text("no")])) == .checkAnswers)
    }

    @Test("a rule without when always holds, so later rules are never used")
    func unconditionalRuleWins() throws {
        let route = JourneyRoute(try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: yes_no, label: First?}
          next:
            - goto: third
            - when: {question: first, equals: "yes"}
              goto: second
        - id: second
          questions:
            - {id: second, type: text, label: Second}
        - id: third
          questions:
            - {id: third, type: text, label: Third}
        """), today: Fixtures.today)
        let first = try #require(route.definition.page("first"))
        #expect(route.destination(after: first, Answers(values: ["first": .text("yes")])) == .page("third"))
    }

    // MARK: Walks

    @Test("with nothing completed, the walk stops at the first page")
    func walkNothingCompleted() throws {
        let walk = route.walk(Answers(), completed: [])
        #expect(walk.pageIDs.isEmpty)
        guard case .incomplete(let page) = walk.ending else {
            Issue.record("expected incomplete, got \(walk.ending)")
            return
        }
        #expect(page.id == "colour")
        #expect(route.firstPage?.id == "colour")
    }

    @Test("the walk stops at the first page on the route that is not completed")
    func walkStopsAtIncomplete() throws {
        let given = answers(["colour": .text("green"), "age": .integer(30)])
        // dog-name and last are marked complete but pets is not: the walk stops at pets.
        let walk = route.walk(given, completed: ["colour", "age", "dog-name", "last"])
        #expect(walk.pageIDs == ["colour", "age"])
        guard case .incomplete(let page) = walk.ending else {
            Issue.record("expected incomplete, got \(walk.ending)")
            return
        }
        #expect(page.id == "pets")
    }

    @Test("the walk reaches check-answers through a goto, skipping pages off the route")
    func walkReachesCheckAnswersByGoto() {
        let walk = route.walk(answers(["colour": .text("red"), "red-details": .text("I like it")]), completed: ["colour", "red-details"])
        #expect(walk.pageIDs == ["colour", "red-details"])
        guard case .checkAnswers = walk.ending else {
            Issue.record("expected check-answers, got \(walk.ending)")
            return
        }
    }

    @Test("the walk follows show_when and reaches check-answers after the last page")
    func walkFullRoute() {
        let given = answers(["colour": .text("blue"), "age": .integer(40), "pets": .selection(["dog"]), "dog-name": .text("Rex"), "last": .text("Done")])
        let walk = route.walk(given, completed: ["colour", "age", "pets", "dog-name", "last"])
        #expect(walk.pageIDs == ["colour", "age", "pets", "dog-name", "last"])
        guard case .checkAnswers = walk.ending else {
            Issue.record("expected check-answers, got \(walk.ending)")
            return
        }
        let noDog = answers(["colour": .text("blue"), "age": .integer(40), "pets": .selection(["cat"]), "last": .text("Done")])
        #expect(route.walk(noDog, completed: ["colour", "age", "pets", "last"]).pageIDs == ["colour", "age", "pets", "last"])
    }

    @Test("the walk stops at an exit page that the answers lead to")
    func walkStopsAtExit() {
        let walk = route.walk(answers(["colour": .text("green"), "age": .integer(12)]), completed: ["colour", "age", "pets", "last"])
        #expect(walk.pageIDs == ["colour", "age"])
        guard case .exit(let page) = walk.ending else {
            Issue.record("expected an exit, got \(walk.ending)")
            return
        }
        #expect(page.id == "too-young")
        #expect(page.heading.english == "You are too young")
    }

    @Test("changing an earlier answer changes the walk: pages off the new route are not counted")
    func walkChangesWithAnswers() {
        let completed: Set<String> = ["colour", "red-details", "age", "pets", "last"]
        let red = route.walk(answers(["colour": .text("red")]), completed: completed)
        #expect(red.pageIDs == ["colour", "red-details"])
        let green = route.walk(answers(["colour": .text("green"), "age": .integer(50)]), completed: completed)
        #expect(green.pageIDs == ["colour", "age", "pets", "last"])
    }

    @Test("the hardship fund sample routes around its exits and its conditional savings page")
    func hardshipFundRoutes() throws {
        let route = JourneyRoute(try Fixtures.sample("hardship-fund"), today: Fixtures.today)
        let definition = route.definition
        let livesInArea = try #require(definition.page("lives-in-area"))
        let previous = try #require(definition.page("previous-payment"))
        let benefits = try #require(definition.page("benefits"))
        #expect(route.destination(after: livesInArea, Answers(values: ["lives-in-area": .text("no")])) == .page("cannot-apply-area"))
        #expect(route.destination(after: livesInArea, Answers(values: ["lives-in-area": .text("yes")])) == .page("previous-payment"))
        #expect(route.destination(after: previous, Answers(values: ["previous-payment": .text("yes")])) == .page("cannot-apply-recent"))
        #expect(route.destination(after: previous, Answers(values: ["previous-payment": .text("no")])) == .page("full-name"))
        #expect(route.destination(after: benefits, Answers(values: ["monthly-income": .decimal(1500, places: 2)])) == .page("outgoings"))
        #expect(route.destination(after: benefits, Answers(values: ["monthly-income": .decimal(1501, places: 2)])) == .page("savings"))
    }
}
