import Testing
@testable import Domain

/// `scheduling.visits` and an appointment's `visit:` are the names of the kinds of visit; `jobs` and `job:`, their
/// names before field visits and background jobs were told apart, are still read.
@Suite struct VisitKeysTests {
    static func scheduling(kindsKey: String) -> String {
        SchedulingTests.scheduling.replacingOccurrences(of: "jobs:\n", with: "\(kindsKey):\n")
    }

    static func pages(kindKey: String) -> String {
        SchedulingTests.pages.replacingOccurrences(of: "label: When should we come?}", with: "label: When should we come?, \(kindKey): inspection}")
    }

    @Test func theNewKeysAreRead() throws {
        let definition = try DefinitionParser.parse(yaml: SchedulingTests.yaml(pages: Self.pages(kindKey: "visit"), scheduling: Self.scheduling(kindsKey: "visits")))
        #expect(definition.scheduling?.visitKinds.map(\.id) == ["visit", "inspection"])
        #expect(definition.page("visit")?.appointmentQuestion?.visitKind == "inspection")
    }

    @Test func theOldKeysAreStillRead() throws {
        let definition = try DefinitionParser.parse(yaml: SchedulingTests.yaml(pages: Self.pages(kindKey: "job"), scheduling: Self.scheduling(kindsKey: "jobs")))
        #expect(definition.scheduling?.visitKinds.map(\.id) == ["visit", "inspection"])
        #expect(definition.page("visit")?.appointmentQuestion?.visitKind == "inspection")
    }

    @Test func bothNamesAtOnceAreAMistake() {
        let both = Self.scheduling(kindsKey: "visits") + "\njobs:\n  - {id: other, label: Other}"
        let messages = Fixtures.problems(SchedulingTests.yaml(scheduling: both)).map(\.message)
        #expect(messages.contains { $0.hasPrefix("scheduling has both visits and jobs") })
    }

    @Test func anUnknownKindIsReportedInTheDefinitionsOwnWords() {
        let pages = SchedulingTests.pages.replacingOccurrences(of: "label: When should we come?}", with: "label: When should we come?, visit: survey}")
        let messages = Fixtures.problems(SchedulingTests.yaml(pages: pages, scheduling: Self.scheduling(kindsKey: "visits"))).map(\.message)
        #expect(messages.contains { $0.hasPrefix("there is no visit kind survey in scheduling.visits") })
    }
}
