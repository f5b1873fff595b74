import Domain
import Foundation
import Testing
@testable import Importers

@Suite("Imported definitions are definitions the parser accepts")
struct ImportRoundTripTests {
    static func fixture(_ format: ImportFormat) throws -> [UInt8] {
        switch format {
        case .govukForms: try ImportFixtures.bytes("govuk-forms-report-a-bin.json")
        case .formio: try ImportFixtures.bytes("formio-parking-permit.json")
        case .openForms: try ImportFixtures.openFormsZIP()
        }
    }

    @Test("written as YAML, each import parses back to the same definition", arguments: ImportFormat.allCases)
    func roundTrip(format: ImportFormat) throws {
        let imported = try format.read(Self.fixture(format))
        let yaml = try DefinitionWriter.yaml(imported.definition)
        let parsed: ServiceDefinition
        do {
            parsed = try DefinitionParser.parse(yaml: yaml)
        } catch {
            Issue.record("the parser refused the \(format.name) import: \(error.problems.map { $0.formatted(file: "imported.yaml") })")
            return
        }
        #expect(parsed == imported.definition)
    }
}
