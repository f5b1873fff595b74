import Foundation
import Testing
@testable import Domain

/// Every key the format gained for real council forms is written by `DefinitionWriter` and read back equal.
@Suite("Format additions: written and read back")
struct FormFormatWriterTests {
    static func expectRoundTrip(_ yaml: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let definition = try DefinitionParser.parse(yaml: yaml)
        let written = try DefinitionWriter.yaml(definition)
        let reread: ServiceDefinition
        do {
            reread = try DefinitionParser.parse(yaml: written)
        } catch {
            Issue.record("\(name): the written YAML does not parse: \(error.problems.map(\.description))\n\(written)", sourceLocation: sourceLocation)
            return
        }
        #expect(reread == definition, "\(name): read back differs\n\(written)", sourceLocation: sourceLocation)
        #expect(try DefinitionWriter.yaml(reread) == written, "\(name): writing again gives other bytes", sourceLocation: sourceLocation)
    }

    @Test("information pages, declarations, NI numbers, exclusive options and required_when")
    func pagesAndQuestions() throws {
        try Self.expectRoundTrip(Fixtures.yaml(pages: InformationPageTests.pages), "information page")
        try Self.expectRoundTrip(Fixtures.yaml(pages: DeclarationTests.pages), "declaration")
        try Self.expectRoundTrip(Fixtures.yaml(pages: "- id: ni\n  questions:\n    - {id: ni, type: ni_number, label: NI number}"), "ni_number")
        try Self.expectRoundTrip(Fixtures.yaml(pages: ExclusiveOptionTests.pages), "exclusive")
        try Self.expectRoundTrip(Fixtures.yaml(pages: RequiredWhenTests.pages), "required_when")
    }

    @Test("section show_when, date, postcode, text and item conditions, computed values, on_complete per visit kind")
    func conditionsAndMore() throws {
        try Self.expectRoundTrip(Fixtures.yaml(sections: SectionShowWhenTests.sections), "section show_when")
        try Self.expectRoundTrip(Fixtures.yaml(pages: DateConditionTests.pages), "date conditions")
        try Self.expectRoundTrip(Fixtures.yaml(pages: TextConditionTests.pages), "postcode and text conditions")
        try Self.expectRoundTrip(Fixtures.yaml(pages: ItemConditionTests.pages), "item conditions")
        try Self.expectRoundTrip(ComputedValueTests.yaml, "computed values")
        try Self.expectRoundTrip(VisitKindOnCompleteTests.yaml(inspection: "{completed: {to: repair-needed}, not_completed: {to: awaiting-access}}"), "visit kind on_complete")
        let sumOverItems = ComputedValueTests.yaml.replacingOccurrences(of: "sum: [rent, energy]", with: "sum: [rent]")
        try Self.expectRoundTrip(sumOverItems, "computed sum")
    }
}
