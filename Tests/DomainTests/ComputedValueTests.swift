import Foundation
import Testing
@testable import Domain

@Suite("Format: computed values")
struct ComputedValueTests {
    static let yaml = Fixtures.yaml(pages: """
    - id: date-of-birth
      questions:
        - {id: date-of-birth, type: date, label: Date of birth, past: true}
    - id: outgoings
      title: Outgoings
      questions:
        - {id: rent, type: decimal, label: Rent, money: true}
        - {id: energy, type: decimal, label: Energy, money: true, required: false}
    - id: children
      title: Children
      repeat: {min: 0, max: 5}
      questions:
        - {id: child-name, type: text, label: Name}
        - {id: child-income, type: number, label: Income}
    - id: pension
      show_when: {question: age, greater_than: 65}
      questions:
        - {id: pension, type: yes_no, label: Do you get a pension?}
    - id: large-family
      show_when: {question: number-of-children, greater_than: 2}
      questions:
        - {id: large-family, type: yes_no, label: Do you need a bigger home?}
    """) + """

    computed:
      - {id: age, label: Age, years_since: date-of-birth}
      - {id: total-outgoings, label: Total outgoings, sum: [rent, energy], money: true}
      - {id: number-of-children, label: Number of children, count: children}
      - {id: children-income, label: Children's income, sum: {items: children, question: child-income}}
    """

    func item(_ income: Int) -> [String: Answer] { ["child-name": .text("Kim"), "child-income": .integer(income)] }

    @Test("an age, a total and a count are worked out from the answers and used in conditions")
    func values() throws {
        let definition = try DefinitionParser.parse(yaml: Self.yaml)
        let route = JourneyRoute(definition, today: Fixtures.today) // 2024-06-15
        var answers = Answers(values: ["date-of-birth": .date(year: 1958, month: 6, day: 16), "rent": .decimal(400, places: 2),
                                       "energy": .decimal(Decimal(string: "95.5")!, places: 2)],
                              items: ["children": [item(10), item(20), item(5)]])
        let values = route.computedValues(answers)
        #expect(values["age"] == .integer(65))
        #expect(values["total-outgoings"] == .decimal(Decimal(string: "495.5")!, places: 2))
        #expect(values["number-of-children"] == .integer(3))
        #expect(values["children-income"] == .integer(35))
        let children = try #require(definition.page("children"))
        #expect(route.destination(after: children, answers) == .page("large-family"), "65 tomorrow: not over 65 yet, 3 children")
        answers.values["date-of-birth"] = .date(year: 1958, month: 6, day: 14)
        #expect(route.destination(after: children, answers) == .page("pension"))
        #expect(AnswerDisplay.lines(try #require(values["total-outgoings"]), for: try #require(definition.computedValue("total-outgoings")).displayQuestion, language: .en) == ["£495.50"])
    }

    @Test("a computed value reads the right kinds of answer, has its own id, and is used only after its answers")
    func misuse() {
        let wrongType = Self.yaml.replacingOccurrences(of: "years_since: date-of-birth", with: "years_since: rent")
        #expect(Fixtures.problems(wrongType).map(\.message).contains("years_since needs a date question asked once (like date-of-birth); rent is not one"))
        let taken = Self.yaml.replacingOccurrences(of: "{id: age, label: Age", with: "{id: rent, label: Age")
        #expect(Fixtures.problems(taken).map(\.message).contains("computed value id rent is already a question or page id; choose another"))
        let early = Self.yaml.replacingOccurrences(of: "        title: Outgoings\n", with: "        title: Outgoings\n        show_when: {question: number-of-children, greater_than: 0}\n")
        #expect(early != Self.yaml)
        #expect(Fixtures.problems(early).map(\.message) == ["condition on page outgoings refers to question number-of-children, which is asked on a later page; conditions can only use answers already given"])
    }
}
