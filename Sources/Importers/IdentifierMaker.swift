import Foundation

/// Turns names from other form builders into the definition's ids (lower-case letters, digits and hyphens), unique
/// within one namespace.
struct IdentifierMaker {
    private var used: Set<String>
    private let maximumLength: Int

    init(reserved: Set<String> = [], maximumLength: Int = 40) {
        used = reserved
        self.maximumLength = maximumLength
    }

    /// An id made from `name` (a label, a camelCase key), or from `fallback` when nothing of `name` is usable.
    mutating func make(_ name: String, fallback: String) -> String {
        var base = Self.slug(name, maximumLength: maximumLength)
        if base.isEmpty { base = Self.slug(fallback, maximumLength: maximumLength) }
        if base.isEmpty { base = "item" }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Claims `id` as it is when it is free, for a question that shares its page's id.
    mutating func claim(_ id: String) -> Bool { used.insert(id).inserted }

    /// `firstName` → `first-name`, `What is your name?` → `what-is-your-name`, cut at a hyphen near `maximumLength`.
    static func slug(_ text: String, maximumLength: Int) -> String {
        var spaced = ""
        var previous: Character?
        for character in text {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { spaced.append(" ") }
            spaced.append(character)
            previous = character
        }
        let folded = spaced.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-"), !slug.isEmpty {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        guard slug.count > maximumLength else { return slug }
        var cut = String(slug.prefix(maximumLength))
        if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) >= maximumLength / 2 {
            cut = String(cut[..<hyphen])
        }
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut
    }
}
