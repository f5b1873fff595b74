import Domain
import Synchronization

/// The designer's parsed definitions, by their YAML: every designer page reads the draft's definition, and parsing
/// and validating a large service (1,000 questions) takes tens of milliseconds, more than a page's whole budget.
/// A source that has been read once is read from here until it drops out of the few kept (drafts change with each
/// save, so the newest sources are the ones asked for again).
final class ParsedDefinitions: Sendable {
    typealias Parsed = Result<ServiceDefinition, DefinitionProblems>

    private struct Entry {
        var parsed: Parsed
        var lastUsed: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var clock: UInt64 = 0
    }

    private let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 16) { self.capacity = max(1, capacity) }

    /// The definition in `source`, or the validator's problems with it: the same answer `DefinitionParser` gives.
    func parse(_ source: String) -> Parsed {
        let cached: Parsed? = state.withLock { state in
            state.clock += 1
            guard var entry = state.entries[source] else { return nil }
            entry.lastUsed = state.clock
            state.entries[source] = entry
            return entry.parsed
        }
        if let cached { return cached }
        // Parsed outside the lock: two pages asking at once may both parse, which costs time, never correctness.
        let parsed: Parsed
        do { parsed = .success(try DefinitionParser.parse(yaml: source)) } catch { parsed = .failure(error) }
        state.withLock { state in
            state.clock += 1
            state.entries[source] = Entry(parsed: parsed, lastUsed: state.clock)
            if state.entries.count > capacity, let oldest = state.entries.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key {
                state.entries.removeValue(forKey: oldest)
            }
        }
        return parsed
    }

    /// How many sources are kept now.
    var count: Int { state.withLock { $0.entries.count } }

    /// Whether `source` is kept now (read from here on its next parse).
    func isKept(_ source: String) -> Bool { state.withLock { $0.entries[source] != nil } }

    /// The definition in `source`; throws the validator's problems.
    func definition(_ source: String) throws(DefinitionProblems) -> ServiceDefinition {
        try parse(source).get()
    }
}
