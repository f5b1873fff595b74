import Foundation
import Testing
@testable import Domain

@Suite("Measures")
struct MeasureTests {
    @Test("the measure names are the ones measure_counts stores")
    func names() {
        #expect(Measure.allCases.map(\.rawValue) == [
            "started", "page", "view", "exit", "error", "saved", "submitted", "decided", "in_target", "late", "feedback", "duplicate_joined",
        ])
        #expect(MeasureKey.errorDetail(FieldError(questionID: "email", message: "Enter an email", code: "required")) == "email:required")
    }

    @Test("a case's place is the first point and the first postcode on the route, not a repeating page's")
    func caseLocation() throws {
        let definition = try Fixtures.definition(pages: """
        - id: home
          questions:
            - {id: home, type: address, label: Home}
        - id: people
          title: People
          repeat: {min: 0}
          questions:
            - {id: member-postcode, type: postcode, label: Their postcode}
        - id: spot
          title: The spot
          questions:
            - {id: spot, type: location, label: Spot}
            - {id: later, type: location, label: Another spot}
            - {id: code, type: postcode, label: Postcode}
        """)
        let answers = Answers(values: [
            "home": .address(Address(line1: "1 Main St", line2: "", town: "Kirkton", postcode: "KT1 2AB")),
            "spot": .location(Location(latitude: nil, longitude: nil, description: "By the school")),
            "later": .location(Location(latitude: 55.9, longitude: -3.2, description: "Corner")),
            "code": .text("EH1 1YZ"),
            "member-postcode": .text("ZZ9 9ZZ"),
        ])
        #expect(CaseLocation(route: definition.pages, answers: answers) == CaseLocation(postcode: "KT1 2AB", latitude: 55.9, longitude: -3.2))
        let postcodeOnly = Answers(values: ["code": .text("EH1 1YZ")])
        #expect(CaseLocation(route: definition.pages, answers: postcodeOnly) == CaseLocation(postcode: "EH1 1YZ"))
        #expect(CaseLocation(route: definition.pages, answers: Answers()).isEmpty)
    }

    @Test("a decision counts the days taken and whether it met the due day")
    func decisions() {
        func measures(received: Int, decided: Int, due: Int?) -> [String] {
            DecisionMeasures.keys(received: received, decided: decided, dueDay: due, service: "s", version: 1, channel: .online,
                                  language: .en, area: "W1").map { "\($0.measure.rawValue):\($0.detail):\($0.day)" }
        }
        #expect(measures(received: 100, decided: 104, due: 104) == ["decided:4:104", "in_target::104"])
        #expect(measures(received: 100, decided: 105, due: 104) == ["decided:5:105", "late::105"])
        #expect(measures(received: 100, decided: 100, due: nil) == ["decided:0:100"])
    }
}
