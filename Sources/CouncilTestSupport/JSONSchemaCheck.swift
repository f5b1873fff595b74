import Domain
import Foundation

/// Checks a JSON value against a schema of an OpenAPI 3.1 document: the subset the OneCouncil document uses
/// (`$ref`, `type`, `required`, `properties`, `additionalProperties: false`, `items`, `minItems`, `enum`,
/// `minimum`/`maximum`, `pattern`, `format: date|date-time`). Returns the problems, each with the path it was found at.
public struct JSONSchemaCheck: Sendable {
    public let document: JSONValue

    public init(document: JSONValue) { self.document = document }

    public func problems(_ value: JSONValue, schema: JSONValue, path: String = "$") -> [String] {
        guard let schema = schema.objectValue else { return ["\(path): the schema is not an object"] }
        if let reference = schema["$ref"]?.stringValue {
            guard let resolved = resolve(reference) else { return ["\(path): cannot resolve \(reference)"] }
            return problems(value, schema: resolved, path: path)
        }
        if let type = schema["type"]?.stringValue, !Self.matches(value, type: type) {
            return ["\(path): expected \(type), got \(value)"]
        }
        var found: [String] = []
        if let options = schema["enum"]?.arrayValue, !options.contains(value) { found.append("\(path): \(value) is not one of the enum") }
        if case .number(let number) = value {
            if case .number(let minimum)? = schema["minimum"], number < minimum { found.append("\(path): below \(minimum)") }
            if case .number(let maximum)? = schema["maximum"], number > maximum { found.append("\(path): above \(maximum)") }
        }
        if case .string(let text) = value {
            if let pattern = schema["pattern"]?.stringValue, text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): \(text) does not match \(pattern)")
            }
            if let format = schema["format"]?.stringValue, !Self.matches(text, format: format) { found.append("\(path): \(text) is not a \(format)") }
        }
        if case .object(let object) = value {
            let properties = schema["properties"]?.objectValue ?? [:]
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
                found.append("\(path).\(name): required but missing")
            }
            for (name, item) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    found += problems(item, schema: property, path: "\(path).\(name)")
                } else if schema["additionalProperties"] == .bool(false) {
                    found.append("\(path).\(name): not in the schema")
                }
            }
        }
        if case .array(let array) = value {
            if case .number(let minimum)? = schema["minItems"], Double(array.count) < minimum { found.append("\(path): fewer than \(minimum) items") }
            if let items = schema["items"] {
                for (index, item) in array.enumerated() { found += problems(item, schema: items, path: "\(path)[\(index)]") }
            }
        }
        return found
    }

    /// `#/components/schemas/Error` and the like.
    public func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node = document
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let next = node.objectValue?[String(part)] else { return nil }
            node = next
        }
        return node
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("number", .number), ("null", .null): true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    static func matches(_ text: String, format: String) -> Bool {
        switch format {
        case "date": CalendarDay(iso: text) != nil
        case "date-time": (try? Date.ISO8601FormatStyle().parse(text)) != nil
        default: true
        }
    }
}
