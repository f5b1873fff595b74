import Domain

/// The common phrases as the Mustache templates read them (`{{t.name}}`). Swift code uses `Phrase` directly.
public enum Strings {
    private static let english = Phrase.templateKeys.mapValues(\.en)
    private static let gaelic = Phrase.templateKeys.mapValues(\.gd)

    public static func table(_ language: Language) -> [String: String] {
        language == .gd ? gaelic : english
    }
}
