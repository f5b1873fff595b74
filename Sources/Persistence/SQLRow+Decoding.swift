import Foundation
import SQLKit
import Domain

extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try decode(column: column, as: String?.self) }
    func int(_ column: String) throws -> Int { try decode(column: column, as: Int.self) }
    func int64(_ column: String) throws -> Int64 { try decode(column: column, as: Int64.self) }
    func bytes(_ column: String) throws -> [UInt8] { Array(try decode(column: column, as: Data.self)) }
}

/// JSON columns are TEXT on both engines.
enum JSONColumn {
    static func text(_ object: [String: JSONValue]) -> String { JSONText.serialize(object) }

    static func object(_ text: String) throws -> [String: JSONValue] {
        guard case .object(let object) = try JSONText.parse(Array(text.utf8) as [UInt8]) else { throw JSONText.SyntaxError(offset: 0, reason: "expected an object") }
        return object
    }

    static func strings(_ text: String) throws -> [String] {
        guard case .array(let items) = try JSONText.parse(Array(text.utf8) as [UInt8]) else { throw JSONText.SyntaxError(offset: 0, reason: "expected an array") }
        return items.compactMap(\.stringValue)
    }
}
