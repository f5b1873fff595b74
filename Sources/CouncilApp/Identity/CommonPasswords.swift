import Domain
import Foundation

/// The deny-list of common passwords shipped in this module's resources.
enum CommonPasswords {
    static func load() throws -> [String] {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Resources") else {
            throw CommonPasswordsError.missing
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") || line.isEmpty ? nil : String(line)
        }
    }

    enum CommonPasswordsError: Error, CustomStringConvertible {
        case missing
        var description: String { "the common-passwords list is missing from the build" }
    }
}
