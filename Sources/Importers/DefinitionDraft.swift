import Domain
import Foundation

/// What every importer fills in, turned into a `ServiceDefinition` with the platform's defaults for what the source
/// format does not have (a slug, a reference prefix, a start page, confirmation words).
struct DefinitionDraft {
    var title: String
    var summary: String?
    var startBody: String?
    var sections: [Section] = []
    var declaration: String?
    var confirmationTitle: String?
    var whatHappensNext: String?
    var notes: [ImportNote] = []

    init(title: String) { self.title = title }

    mutating func note(_ location: String, _ message: String) { notes.append(ImportNote(location, message)) }

    func result(source: String) -> ImportResult {
        var notes = notes
        var sections = sections
        Self.makeFirstPageOrdinary(&sections, notes: &notes)
        if startBody == nil {
            notes.append(ImportNote("(start page)", "\(source) has no start page: a short one was written (“Use this form to …”); say who the service is for and what they need before publishing"))
        }
        if whatHappensNext == nil {
            notes.append(ImportNote("(confirmation)", "\(source) says nothing about what happens after sending: a general sentence was written; replace it with what the council does next"))
        }
        let slug = IdentifierMaker.slug(title, maximumLength: 60)
        let definition = ServiceDefinition(
            slug: slug.count >= 3 ? slug : "imported-form",
            referencePrefix: Self.referencePrefix(title),
            title: LocalisedText(title),
            summary: LocalisedText(summary ?? title),
            startBody: LocalisedText(startBody ?? "Use this form to \(Self.lowercasedFirst(title)). Answer the questions on the following pages, then check your answers and send them."),
            beforeYouStart: nil,
            sections: sections,
            checkAnswersTitle: LocalisedText("Check your answers before sending your application", gaelic: "Thoir sùil air na freagairtean agad mus cuir thu an t-iarrtas"),
            declaration: declaration.map { LocalisedText($0) },
            confirmationTitle: LocalisedText(confirmationTitle ?? "Form sent"),
            whatHappensNext: LocalisedText(whatHappensNext ?? "We have received your form and will be in touch if we need anything else.")
        )
        return ImportResult(definition: definition, notes: notes)
    }

    /// The first page of a service must be asked of everyone, once.
    private static func makeFirstPageOrdinary(_ sections: inout [Section], notes: inout [ImportNote]) {
        guard !sections.isEmpty, !sections[0].pages.isEmpty else { return }
        var first = sections[0].pages[0]
        if first.repeatGroup != nil {
            first.repeatGroup = nil
            notes.append(ImportNote("(page \(first.id))", "the first page of a service cannot repeat, so it is asked once; move it later if it should repeat"))
        }
        if first.showWhen != nil {
            first.showWhen = nil
            notes.append(ImportNote("(page \(first.id))", "the first page of a service is always shown, so its condition was left out"))
        }
        sections[0].pages[0] = first
    }

    /// 2 to 4 capital letters from the title's main words: "Apply for a parking permit" → "APP".
    static func referencePrefix(_ title: String) -> String {
        let minor: Set<String> = ["a", "an", "the", "for", "of", "to", "and", "or", "in", "on", "your", "form"]
        let words = title.folding(options: .diacriticInsensitive, locale: nil)
            .components(separatedBy: CharacterSet.letters.inverted)
            .filter { !$0.isEmpty && !minor.contains($0.lowercased()) }
        var prefix = String(words.prefix(4).compactMap(\.first)).uppercased()
        if prefix.count < 2 { prefix = String((words.first ?? "").prefix(3)).uppercased() }
        prefix = String(prefix.unicodeScalars.filter { $0.isASCII && CharacterSet.uppercaseLetters.contains($0) })
        return (2...4).contains(prefix.count) ? prefix : "IMP"
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        let rest = text.dropFirst()
        // Keep acronyms and names as they are ("NHS …"); lower-case only an ordinary capitalised word.
        if let second = rest.first, second.isUppercase { return text }
        return first.lowercased() + rest
    }
}
