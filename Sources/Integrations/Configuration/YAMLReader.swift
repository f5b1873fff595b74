import Yams

/// Small helpers for reading a YAML node tree while collecting problems with their line and column,
/// in the manner of the service definition parser.
struct YAMLReader {
    struct Problem {
        var line: Int
        var column: Int
        var message: String
    }

    /// The entries of one mapping, in file order, with what they are for messages.
    struct Keys {
        var entries: [(key: String, keyNode: Node, value: Node)]
        var node: Node
        var context: String

        init(_ mapping: Node.Mapping, node: Node, context: String) {
            entries = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
            self.node = node
            self.context = context
        }

        subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }
    }

    private(set) var problems: [Problem] = []

    mutating func report(at node: Node?, _ message: String) {
        let mark = node?.mark
        problems.append(Problem(line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    mutating func reportMissing(_ key: String, in keys: Keys) {
        report(at: keys.node, "\(keys.context) is missing \(key)")
    }

    mutating func report(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            problems.append(Problem(line: mark.line, column: mark.column, message: "YAML syntax error: \(detail)"))
        case .duplicatedKeysInMapping(let duplicates, let context):
            problems.append(Problem(line: context.mark.line, column: context.mark.column,
                                    message: "a key appears twice: \(duplicates.joined(separator: ", "))"))
        default:
            problems.append(Problem(line: 1, column: 1, message: "YAML error: \(error)"))
        }
    }

    /// Reports keys that appear twice or are not allowed here.
    mutating func checkKeys(_ keys: Keys, allowed: [String]) {
        var seen: Set<String> = []
        for entry in keys.entries {
            if !seen.insert(entry.key).inserted {
                report(at: entry.keyNode, "\(entry.key) appears twice in \(keys.context)")
            } else if !allowed.contains(entry.key) {
                report(at: entry.keyNode, "unknown key \(entry.key) in \(keys.context) (allowed: \(allowed.joined(separator: ", ")))")
            }
        }
    }

    mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
        if case .mapping(let map) = node { return map }
        report(at: node, "\(what) must be a mapping of keys to values")
        return nil
    }

    mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        if case .sequence(let list) = node { return Array(list) }
        report(at: node, "\(what) must be a list")
        return nil
    }

    mutating func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(at: node, "\(what) must be a single value, not a list or mapping")
            return nil
        }
        guard !scalar.string.isEmpty else {
            report(at: node, "\(what) must not be empty")
            return nil
        }
        return scalar.string
    }

    mutating func boolean(_ node: Node, _ what: String) -> Bool? {
        switch string(node, what)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case nil: return nil
        default:
            report(at: node, "\(what) must be true or false")
            return nil
        }
    }

    mutating func requiredString(_ keys: Keys, _ key: String) -> String? {
        guard let node = keys[key] else {
            reportMissing(key, in: keys)
            return nil
        }
        return string(node, key)
    }
}
