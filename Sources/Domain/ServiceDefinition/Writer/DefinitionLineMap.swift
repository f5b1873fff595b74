import Foundation
import Yams

/// An element of a definition, as the designer links to it: the place to fix a problem found on a line.
public enum DefinitionLocation: Sendable, Hashable {
    /// The top of the file: format, slug, reference prefix, title, summary, and the sections list itself.
    case service
    case start
    case section(id: String)
    case page(id: String)
    case question(page: String, id: String)
    case option(page: String, question: String, value: String)
    /// The next rule at `index` (from 0) in a page's `next` list.
    case nextRule(page: String, index: Int)
    case checkAnswers
    case confirmation
    case workflow
    case scheduling
    case notifications
}

/// The line each element of a written definition starts on, and back from a line to its element.
public struct DefinitionLineMap: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let line: Int
        public let location: DefinitionLocation
    }

    /// Every line where an element or one of its keys starts, in line order; the innermost element last on a line.
    public let entries: [Entry]

    /// Reads the element structure of `yaml` (written by `DefinitionWriter`, or any definition the parser can read).
    public init(yaml: String) throws {
        var collector = Collector()
        if let root = try Yams.compose(yaml: yaml) { collector.service(root) }
        entries = collector.found.enumerated()
            .sorted { ($0.element.line, $0.element.depth, $0.offset) < ($1.element.line, $1.element.depth, $1.offset) }
            .map { Entry(line: $0.element.line, location: $0.element.location) }
    }

    /// The innermost element starting at or before `line`: the one a problem reported on that line belongs to.
    public func location(ofLine line: Int) -> DefinitionLocation {
        entries.last { $0.line <= line }?.location ?? .service
    }

    /// The line an element starts on.
    public func line(of location: DefinitionLocation) -> Int? {
        entries.first { $0.location == location }?.line
    }

    private struct Collector {
        var found: [(line: Int, depth: Int, location: DefinitionLocation)] = []

        mutating func note(_ node: Node, _ location: DefinitionLocation, depth: Int) {
            if let line = node.mark?.line { found.append((line, depth, location)) }
        }

        /// The element starts where its node does, and each of its keys' lines belongs to it (so a key written after a
        /// nested list, like a page's `next` after its questions, is not taken for the last nested element).
        mutating func element(_ node: Node, _ location: DefinitionLocation, depth: Int) -> [(key: String, value: Node)] {
            note(node, location, depth: depth)
            guard case .mapping(let map) = node else { return [] }
            return map.map { pair in
                note(pair.key, location, depth: depth)
                return (pair.key.string ?? "", pair.value)
            }
        }

        mutating func service(_ root: Node) {
            let areas: [String: DefinitionLocation] = [
                "start": .start, "check_answers": .checkAnswers, "confirmation": .confirmation,
                "workflow": .workflow, "scheduling": .scheduling, "notifications": .notifications,
            ]
            for (key, value) in element(root, .service, depth: 0) {
                if let area = areas[key] {
                    // The key's line, already the service's, belongs to the area (deeper wins on a line).
                    if let keyLine = keyLine(root, key) { found.append((keyLine, 1, area)) }
                    _ = element(value, area, depth: 1)
                } else if key == "sections" {
                    for item in items(value) { section(item) }
                }
            }
        }

        mutating func section(_ node: Node) {
            let id = node["id"]?.string ?? ""
            for (key, value) in element(node, .section(id: id), depth: 1) where key == "pages" {
                for item in items(value) { page(item) }
            }
        }

        mutating func page(_ node: Node) {
            let id = node["id"]?.string ?? ""
            for (key, value) in element(node, .page(id: id), depth: 2) {
                if key == "questions" {
                    for item in items(value) { question(item, page: id) }
                } else if key == "next" {
                    for (index, item) in items(value).enumerated() { _ = element(item, .nextRule(page: id, index: index), depth: 3) }
                }
            }
        }

        mutating func question(_ node: Node, page: String) {
            let id = node["id"]?.string ?? ""
            for (key, value) in element(node, .question(page: page, id: id), depth: 3) where key == "options" {
                for item in items(value) {
                    _ = element(item, .option(page: page, question: id, value: item["value"]?.string ?? ""), depth: 4)
                }
            }
        }

        func items(_ node: Node) -> [Node] {
            if case .sequence(let list) = node { return Array(list) }
            return []
        }

        func keyLine(_ node: Node, _ key: String) -> Int? {
            guard case .mapping(let map) = node else { return nil }
            return map.first { $0.key.string == key }?.key.mark?.line
        }
    }
}
