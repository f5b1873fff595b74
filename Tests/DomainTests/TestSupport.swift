import Foundation
import Testing
@testable import Domain

/// Shared helpers for the Domain tests: locating the sample services, building small definitions inline.
enum Fixtures {
    /// The repository root, found from this file's path (Tests/DomainTests/TestSupport.swift).
    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // DomainTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent() // repo root
    }

    static var servicesDirectory: URL { repoRoot.appendingPathComponent("services") }

    /// Every sample service file in `services/`, sorted by name.
    static func sampleServiceFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: servicesDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func sampleYAML(_ name: String) throws -> String {
        try String(contentsOf: servicesDirectory.appendingPathComponent("\(name).yaml"), encoding: .utf8)
    }

    static func sample(_ name: String) throws -> ServiceDefinition {
        try DefinitionParser.parse(yaml: sampleYAML(name))
    }

    /// A complete, valid service definition around the given list of sections (written from column 0, `- id: ...`).
    static func yaml(sections: String) -> String {
        """
        format: 1
        slug: test-service
        reference_prefix: TST
        title: Test a thing
        summary: A service used by the tests.
        start:
          body: Start here.
        confirmation:
          title: Done
          what_happens_next: We will be in touch.
        sections:
        \(indent(sections, by: 2))
        """
    }

    /// A service with one section holding the given list of pages (written from column 0, `- id: ...`).
    static func yaml(pages: String) -> String {
        yaml(sections: """
        - id: main
          title: Main section
          pages:
        \(indent(pages, by: 4))
        """)
    }

    static func indent(_ text: String, by spaces: Int) -> String {
        let padding = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : padding + $0 }
            .joined(separator: "\n")
    }

    static func definition(pages: String) throws -> ServiceDefinition {
        try DefinitionParser.parse(yaml: yaml(pages: pages))
    }

    /// The problems the parser reports for `yaml`; empty when it parses.
    static func problems(_ yaml: String) -> [DefinitionProblem] {
        do {
            _ = try DefinitionParser.parse(yaml: yaml)
            return []
        } catch {
            return error.problems
        }
    }

    /// The 1-based line of the first line of `text` containing `marker`.
    static func line(of marker: String, in text: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex { $0.contains(marker) }.map { $0 + 1 }
    }

    /// The 1-based column where `marker` starts on its first line in `text`.
    static func column(of marker: String, in text: String) -> Int? {
        guard let line = text.components(separatedBy: "\n").first(where: { $0.contains(marker) }),
              let range = line.range(of: marker) else { return nil }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    /// Decodes a JSON object literal, as the API would receive it.
    static func jsonObject(_ text: String) throws -> [String: JSONValue] {
        try JSONDecoder().decode([String: JSONValue].self, from: Data(text.utf8))
    }

    static let today = CalendarDay(year: 2024, month: 6, day: 15)
}

extension QuestionOutcome {
    /// The errors of an invalid outcome, empty otherwise.
    var errors: [FieldError] {
        if case .invalid(let errors) = self { return errors }
        return []
    }

    var answer: Answer? {
        if case .answered(let answer) = self { return answer }
        return nil
    }
}
