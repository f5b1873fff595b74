import Foundation
import Synchronization

/// Text a citizen reads, in one or more languages; English is always present.
public struct LocalisedText: Sendable, Equatable, Hashable {
    public var translations: [Language: String]

    public init(_ english: String, gaelic: String? = nil) {
        translations = [.en: english]
        if let gaelic { translations[.gd] = gaelic }
    }

    public init(translations: [Language: String]) {
        self.translations = translations
    }

    /// The text in `language`, falling back to English when there is no translation.
    public func text(_ language: Language) -> String {
        translations[language] ?? translations[.en] ?? ""
    }

    public var english: String { text(.en) }
}

/// A body text split into paragraphs and bulleted lists (blank line = new paragraph, "- " = bullet).
public enum TextBlock: Sendable, Equatable {
    case paragraph(String)
    case bullets([String])

    private static let cache = Mutex<[String: [TextBlock]]>([:])

    /// The blocks of `text`, split once and remembered: service texts are immutable and shown on every page view.
    public static func blocks(from text: String) -> [TextBlock] {
        if let cached = cache.withLock({ $0[text] }) { return cached }
        let blocks = split(text)
        cache.withLock { cache in
            // Texts come from published definitions, so this stays small; the bound guards against surprises.
            if cache.count > 20_000 { cache.removeAll() }
            cache[text] = blocks
        }
        return blocks
    }

    static func split(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for chunk in text.components(separatedBy: "\n\n") {
            let lines = chunk.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                blocks.append(.bullets(lines.map { String($0.dropFirst(2)) }))
            } else {
                blocks.append(.paragraph(lines.joined(separator: " ")))
            }
        }
        return blocks
    }
}
