import Domain

/// A piece of the platform's own wording (not a service's) in every language it speaks. Each phrase is a typed
/// constant, so a mistyped key or a missing translation fails to build instead of rendering an empty heading.
///
/// Phrases live in `Views/Text`, one file per area (`Phrase+Common.swift`, `Phrase+BackOffice.swift`, …); a phrase
/// that takes values is a static function returning a `Phrase`.
public struct Phrase: Sendable, Hashable {
    public let en: String
    public let gd: String

    public init(en: String, gd: String) {
        self.en = en
        self.gd = gd
    }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: en
        case .gd: gd
        }
    }
}
