/// The languages a citizen can use the platform in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en
    case gd

    /// Parses a language code, ignoring case and region (`gd-GB` is Gaelic).
    public init?(code: String) {
        let base = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        self.init(rawValue: base)
    }

    /// The language's own name, as shown in the language switch.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .gd: "Gàidhlig"
        }
    }
}
