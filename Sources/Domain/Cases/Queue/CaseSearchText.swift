import Foundation

/// Free text typed into the case search, read into terms every one of which a case must match.
///
/// - A word matches a whole word: `macleod`. Case and accents do not matter (`Mòrag` finds `morag`).
/// - A word ending in `*` matches words starting with it: `macl*` (at least two characters before the `*`).
/// - Words joined by punctuation match in that order, next to each other: a reference `HRD-7K3D-9Q2P`, an email address
///   `alex@example.com`.
/// - `"quoted words"` match as a phrase.
///
/// Both database engines are given the same terms (SQLite FTS5 and PostgreSQL full text), so they find the same cases.
public struct CaseSearchText: Sendable, Equatable {
    /// Words that must appear together, in order; the last may be a prefix.
    public struct Term: Sendable, Equatable {
        public var words: [String]
        public var lastIsPrefix: Bool

        public init(words: [String], lastIsPrefix: Bool = false) {
            self.words = words
            self.lastIsPrefix = lastIsPrefix
        }
    }

    /// What was typed, for showing back in the search box.
    public let typed: String
    public let terms: [Term]

    /// More terms than this are ignored: a search is for finding a case, not for pasting a letter into.
    public static let maximumTerms = 8
    static let maximumWordLength = 64

    public init(_ typed: String) {
        self.typed = typed
        var terms: [Term] = []
        for chunk in Self.chunks(typed) where terms.count < Self.maximumTerms {
            var text = Substring(chunk.text)
            let prefix = !chunk.quoted && text.hasSuffix("*")
            while text.hasSuffix("*") { text = text.dropLast() }
            let words = Self.words(in: String(text))
            guard !words.isEmpty else { continue }
            // A one- or two-letter prefix would match most of the index: treat it as a whole word instead.
            let usablePrefix = prefix && (words.last?.count ?? 0) >= 2
            terms.append(Term(words: words, lastIsPrefix: usablePrefix))
        }
        self.terms = terms
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Lower-cased with accents removed: how search text is stored and how typed words are compared with it.
    public static func normalise(_ text: String) -> String {
        // Plain ASCII has no accents or wide forms to fold, and most names and addresses are plain ASCII; folding
        // goes through ICU, which cost 2% of a submission's CPU.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// The words of `text` as the search index splits them: runs of letters and digits.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in normalise(text).unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(String(current).prefix(maximumWordLength)))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(String(current).prefix(maximumWordLength))) }
        return words
    }

    /// Splits on spaces, keeping `"quoted phrases"` together.
    private static func chunks(_ text: String) -> [(text: String, quoted: Bool)] {
        var chunks: [(String, Bool)] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                if !current.isEmpty { chunks.append((current, quoted)) }
                current = ""
                quoted.toggle()
            } else if character.isWhitespace, !quoted {
                if !current.isEmpty { chunks.append((current, false)) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { chunks.append((current, quoted)) }
        return chunks
    }
}
