import Foundation

/// Ids for new sections, pages, questions and options, made from their English label: `What is your name?`
/// becomes `what-is-your-name`, with `-2`, `-3`… when taken.
public enum DefinitionIDs {
    static let reservedPageIDs: Set<String> = DefinitionParser.reservedPageIDs.union([NextRule.checkAnswers])
    static let maximumLength = 40

    public static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        for character in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(character), character.isASCII {
                slug.unicodeScalars.append(character)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > maximumLength {
            slug = String(slug.prefix(maximumLength))
            // Cut at a word's end where there is one.
            if let lastHyphen = slug.lastIndex(of: "-") { slug = String(slug[..<lastHyphen]) }
        }
        return slug.lowercased()
    }

    public static func unique(from label: LocalisedText, fallback: String, taken: Set<String>) -> String {
        let base = slug(label.english).isEmpty ? fallback : slug(label.english)
        if !taken.contains(base) { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
