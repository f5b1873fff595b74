/// Builds HTML by appending: `text` escapes, `raw` does not. Used for the markup on every page (layout, questions),
/// where building dictionaries for a template engine and looking each variable up again cost more than the rest of the request.
public struct HTMLWriter {
    public private(set) var html: String

    public init(capacity: Int = 4096) {
        html = ""
        html.reserveCapacity(capacity)
    }

    /// Appends trusted markup.
    public mutating func raw(_ markup: String) { html += markup }

    /// Appends text, escaped for element content and attribute values.
    public mutating func text(_ value: String) { Self.appendEscaped(value, to: &html) }

    /// Appends ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        html += " "
        html += name
        html += "=\""
        Self.appendEscaped(value, to: &html)
        html += "\""
    }

    public static func escape(_ value: String) -> String { HTMLEscape.escape(value) }

    /// Appends `value` escaped. Nearly all text has nothing to escape and is appended as it is, without building an
    /// escaped copy first; the rest goes through the byte-level escaper.
    static func appendEscaped(_ value: String, to html: inout String) {
        let special = value.utf8.contains { byte in
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        html += special ? HTMLEscape.escape(value) : value
    }
}
