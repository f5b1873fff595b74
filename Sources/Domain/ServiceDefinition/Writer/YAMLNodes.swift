import Foundation
import Yams

/// A mapping built key by key in the order written; a nil value leaves the key out.
struct YAMLMapping {
    private var pairs: [(Node, Node)] = []

    subscript(key: String) -> Node? {
        get { pairs.first { $0.0.string == key }?.1 }
        set {
            pairs.removeAll { $0.0.string == key }
            if let newValue { pairs.append((Node.Scalar(key).node, newValue)) }
        }
    }

    var isEmpty: Bool { pairs.isEmpty }

    func node(style: Node.Mapping.Style = .block) -> Node {
        .mapping(Node.Mapping(pairs, .implicit, style))
    }

    func nodeIfAny() -> Node? { isEmpty ? nil : node() }
}

extension Node.Scalar {
    var node: Node { .scalar(self) }
}

/// The scalars of a definition. Text goes through Yams' own choice of quoting (`String.represented()`), which
/// quotes anything YAML would read as something other than that text (`no`, `1`, `null`, `#x`, `: x`, leading
/// spaces); text of several lines is a literal block, as authors write long texts.
extension Node {
    static func text(_ string: String) -> Node {
        if string.contains("\n") || string.contains("\r") {
            return Node.Scalar(string, Tag(.str), .literal).node
        }
        return string.represented().node
    }

    static func plain(_ string: String) -> Node { Node.Scalar(string).node }
    static func number(_ value: Int) -> Node { plain("\(value)") }
    static func decimal(_ value: Decimal) -> Node { plain("\(value)") }
    static func flag(_ value: Bool) -> Node { plain(value ? "true" : "false") }

    /// English alone is a plain text; with other languages, a mapping of language codes in a fixed order.
    static func localised(_ text: LocalisedText) -> Node {
        if text.translations.count == 1, let english = text.translations[.en], !english.isEmpty {
            return .text(english)
        }
        var map = YAMLMapping()
        for language in Language.allCases { map[language.rawValue] = text.translations[language].map(Node.text) }
        return map.node()
    }

    static func template(_ template: LocalisedTemplate) -> Node {
        localised(LocalisedText(translations: template.translations.mapValues(\.source)))
    }

    static func list(_ items: [Node]) -> Node {
        .sequence(Node.Sequence(items, .implicit, .block))
    }

    static func flowList(_ values: [String]) -> Node {
        .sequence(Node.Sequence(values.map(Node.text), .implicit, .flow))
    }
}
