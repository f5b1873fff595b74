import Domain
import Foundation

/// A value in a JSON document together with where it is, so every note and error can name its place in the source.
struct JSONCursor {
    let value: JSONValue?
    /// Names the document when there are several (`formSteps.json: `); empty for a single JSON file.
    let prefix: String
    let path: String

    init(_ value: JSONValue?, prefix: String = "", path: String = "") {
        self.value = value
        self.prefix = prefix
        self.path = path
    }

    /// Parses `bytes`, reporting a syntax error at its line and column.
    static func parse(_ bytes: [UInt8], prefix: String = "") throws(ImportError) -> JSONCursor {
        do {
            return JSONCursor(try JSONText.parse(bytes), prefix: prefix)
        } catch {
            let (line, column) = position(of: error.offset, in: bytes)
            throw ImportError("\(prefix)\(line):\(column)", "this is not valid JSON (\(error.reason))")
        }
    }

    private static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// Where this value is, as notes and errors show it.
    var location: String { prefix + (path.isEmpty ? "(the whole document)" : path) }

    subscript(key: String) -> JSONCursor {
        JSONCursor(value?.objectValue?[key], prefix: prefix, path: path.isEmpty ? key : "\(path).\(key)")
    }

    subscript(index: Int) -> JSONCursor {
        let items = value?.arrayValue ?? []
        return JSONCursor(items.indices.contains(index) ? items[index] : nil, prefix: prefix, path: "\(path)[\(index)]")
    }

    var isMissing: Bool { value == nil || value == .null }

    var isObject: Bool { value?.objectValue != nil }

    var items: [JSONCursor]? {
        guard let list = value?.arrayValue else { return nil }
        return list.indices.map { self[$0] }
    }

    var keys: [String] { value?.objectValue.map { Array($0.keys).sorted() } ?? [] }

    /// A string, or a number written as text (ids are numbers in some documents).
    var string: String? {
        switch value {
        case .string(let text)?: text
        case .number?: value?.formText
        default: nil
        }
    }

    /// A non-empty string with spaces trimmed.
    var text: String? {
        guard let string else { return nil }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// true/false, also written "true", "false", "1" or "0" (Rails documents store flags as strings).
    var bool: Bool? {
        switch value {
        case .bool(let flag)?: return flag
        case .string(let text)?:
            switch text.lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no", "": return false
            default: return nil
            }
        case .number(let number)?: return number != 0
        default: return nil
        }
    }

    var int: Int? {
        switch value {
        case .number(let number)?: number.rounded() == number && abs(number) < 1e12 ? Int(number) : nil
        case .string(let text)?: Int(text.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }

    var decimal: Decimal? {
        switch value {
        case .number?: value?.formText.flatMap { Decimal(string: $0) }
        case .string(let text)?:
            text.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil ? Decimal(string: text) : nil
        default: nil
        }
    }

    func requireObject(_ what: String) throws(ImportError) {
        guard isObject else {
            throw ImportError(location, isMissing ? "\(what) is missing" : "\(what) must be a JSON object")
        }
    }

    func requireItems(_ what: String) throws(ImportError) -> [JSONCursor] {
        guard let items else {
            throw ImportError(location, isMissing ? "\(what) is missing" : "\(what) must be a JSON list")
        }
        return items
    }

    func requireText(_ what: String) throws(ImportError) -> String {
        guard let text else {
            throw ImportError(location, isMissing ? "\(what) is missing" : "\(what) must be a non-empty text")
        }
        return text
    }
}
