/// A count with its noun in the right form: "1 client", "2 clients"; in Gaelic, whose nouns after a number take four
/// forms (CLDR's plural rules for gd): 1 and 11 the singular, 2 and 12 the dual, 3–10 and 13–19 the plural, and 0, 20
/// and above the "other" form (the singular again for most nouns, but a noun may differ).
public struct CountedNoun: Sendable, Equatable {
    public enum Form: Sendable, Equatable { case one, two, few, other }

    public var english: (one: String, other: String)
    public var gaelic: (one: String, two: String, few: String, other: String)

    public init(english: (one: String, other: String), gaelic: (one: String, two: String, few: String, other: String)) {
        self.english = english
        self.gaelic = gaelic
    }

    public static func == (left: CountedNoun, right: CountedNoun) -> Bool {
        left.english == right.english && left.gaelic == right.gaelic
    }

    public static func form(_ count: Int, _ language: Language) -> Form {
        switch language {
        case .en:
            return count == 1 ? .one : .other
        case .gd:
            switch count {
            case 1, 11: return .one
            case 2, 12: return .two
            case 3...10, 13...19: return .few
            default: return .other
            }
        }
    }

    /// "1 client", "3 clients"; "1 neach-dèiligidh", "3 luchd-dèiligidh".
    public func phrase(_ count: Int, _ language: Language) -> String {
        let noun: String
        switch (language, Self.form(count, language)) {
        case (.en, .one): noun = english.one
        case (.en, _): noun = english.other
        case (.gd, .one): noun = gaelic.one
        case (.gd, .two): noun = gaelic.two
        case (.gd, .few): noun = gaelic.few
        case (.gd, .other): noun = gaelic.other
        }
        return "\(count) \(noun)"
    }
}

extension CountedNoun {
    public static let clients = CountedNoun(english: ("client", "clients"),
                                            gaelic: ("neach-dèiligidh", "neach-dèiligidh", "luchd-dèiligidh", "neach-dèiligidh"))
    public static let jobs = CountedNoun(english: ("job", "jobs"), gaelic: ("obair", "obair", "obraichean", "obair"))
}
