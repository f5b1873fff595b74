@testable import CouncilApp
import Domain
import Testing

@Suite("The designer's parsed-definition cache")
struct ParsedDefinitionsTests {
    let valid = """
        format: 1
        slug: cache-test
        title: Cache test
        summary: A test.
        reference_prefix: CT
        start:
          body: Start.
          before_you_start: Nothing.
        sections:
          - id: main
            title: Main
            pages:
              - id: name
                questions:
                  - id: name
                    type: text
                    label: Your name
        confirmation:
          title: Done
          what_happens_next: We read it.
        """

    @Test("gives the parser's answer for a valid source, the same each time, and keeps it once")
    func validSourceIsParsedOnce() throws {
        let cache = ParsedDefinitions()
        let first = try cache.definition(valid)
        let second = try cache.definition(valid)
        #expect(first == (try DefinitionParser.parse(yaml: valid)))
        #expect(first == second)
        #expect(cache.count == 1)
    }

    @Test("gives the validator's problems for a broken source, with their lines")
    func brokenSourceKeepsProblems() {
        let cache = ParsedDefinitions()
        let broken = valid.replacingOccurrences(of: "type: text", with: "type: sonnet")
        guard case .failure(let problems) = cache.parse(broken) else { Issue.record("a broken source parsed"); return }
        let expected: DefinitionProblems
        do { _ = try DefinitionParser.parse(yaml: broken); Issue.record("the parser accepted it"); return } catch { expected = error }
        #expect(problems.problems.map(\.description) == expected.problems.map(\.description))
        #expect(!problems.problems.isEmpty)
    }

    @Test("keeps at most its capacity, dropping the source used longest ago")
    func dropsTheLeastRecentlyUsed() throws {
        let cache = ParsedDefinitions(capacity: 2)
        let sources = (1...3).map { valid.replacingOccurrences(of: "Your name", with: "Name \($0)") }
        _ = cache.parse(sources[0])
        _ = cache.parse(sources[1])
        _ = cache.parse(sources[0])   // used again: sources[1] is now the oldest
        _ = cache.parse(sources[2])
        #expect(cache.count == 2)
        #expect(!cache.isKept(sources[1]))
        #expect(cache.isKept(sources[0]) && cache.isKept(sources[2]))
        #expect(try cache.definition(sources[0]).sections[0].pages[0].questions[0].label.english == "Name 1")
        #expect(try cache.definition(sources[2]).sections[0].pages[0].questions[0].label.english == "Name 3")
    }
}
