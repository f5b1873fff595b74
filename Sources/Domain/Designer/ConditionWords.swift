import Foundation

/// A condition as a designer reads it: the questions by their labels and the values by their option labels, so Views
/// can say "when 'Do you live in the area?' is 'No'" in either language without knowing the definition.
public indirect enum ConditionWords: Sendable, Equatable {
    case equals(question: LocalisedText, value: Value)
    case oneOf(question: LocalisedText, values: [Value])
    case greaterThan(question: LocalisedText, value: Decimal)
    case lessThan(question: LocalisedText, value: Decimal)
    case answered(question: LocalisedText, Bool)
    /// A test the designer's forms do not build yet (dates, postcodes, items), said in both languages.
    case described(LocalisedText)
    case all([ConditionWords])
    case any([ConditionWords])
    case not(ConditionWords)

    /// A value compared with an answer.
    public enum Value: Sendable, Equatable {
        /// One of the question's options, by its label.
        case option(LocalisedText)
        /// The answer to a yes/no question (words the platform supplies).
        case yes, no
        /// A value the question does not offer, or a free-text question's value, as written.
        case literal(String)
    }

    /// The words of `condition`, reading labels from `definition`. A question not in the service is named by its id.
    public init(_ condition: Condition, in definition: ServiceDefinition, questions: QuestionIndex? = nil) {
        let index = questions ?? QuestionIndex(definition)
        self = Self.words(condition, index)
    }

    /// The newer tests in plain words; the Gaelic needs a speaker's check.
    private static func described(_ condition: Condition, _ index: QuestionIndex) -> LocalisedText {
        func bound(_ bound: NumberBound) -> (en: String, gd: String) {
            switch bound {
            case .atLeast(let n): ("at least \(n)", "co-dhiù \(n)")
            case .atMost(let n): ("at most \(n)", "aig a’ char as motha \(n)")
            case .moreThan(let n): ("more than \(n)", "barrachd air \(n)")
            case .lessThan(let n): ("less than \(n)", "nas lugha na \(n)")
            }
        }
        switch condition {
        case .date(let id, let test):
            let label = index.label(id)
            let (en, gd): (String, String) = switch test {
            case .before(let day): ("is before \(day.iso)", "ro \(day.iso)")
            case .after(let day): ("is after \(day.iso)", "às dèidh \(day.iso)")
            case .yearsAgo(let b): ("is \(bound(b).en) years ago", "\(bound(b).gd) bliadhna air ais")
            case .daysAgo(let b): ("is \(bound(b).en) days ago", "\(bound(b).gd) latha air ais")
            case .daysFromToday(let b): ("is \(bound(b).en) days from today", "\(bound(b).gd) latha bho an-diugh")
            }
            return LocalisedText("‘\(label.text(.en))’ \(en)", gaelic: "‘\(label.text(.gd))’ \(gd)")
        case .postcodeIn(let id, let places):
            let label = index.label(id)
            let list = places.joined(separator: ", ")
            return LocalisedText("the postcode of ‘\(label.text(.en))’ is in \(list)", gaelic: "tha còd-puist ‘\(label.text(.gd))’ ann an \(list)")
        case .itemCount(let page, let b):
            return LocalisedText("\(page) has \(bound(b).en) items", gaelic: "tha \(bound(b).gd) nithean aig \(page)")
        case .anyItem(let page, let inner):
            return LocalisedText("any item of \(page): \(inner)", gaelic: "nì sam bith de \(page): \(inner)")
        case .everyItem(let page, let inner):
            return LocalisedText("every item of \(page): \(inner)", gaelic: "gach nì de \(page): \(inner)")
        default:
            return LocalisedText("\(condition)")
        }
    }

    private static func words(_ condition: Condition, _ index: QuestionIndex) -> ConditionWords {
        switch condition {
        case .equals(let id, let value):
            .equals(question: index.label(id), value: index.value(value, of: id))
        case .oneOf(let id, let values):
            .oneOf(question: index.label(id), values: values.map { index.value($0, of: id) })
        case .greaterThan(let id, let value): .greaterThan(question: index.label(id), value: value)
        case .lessThan(let id, let value): .lessThan(question: index.label(id), value: value)
        case .answered(let id, let expected): .answered(question: index.label(id), expected)
        case .date, .postcodeIn, .itemCount, .anyItem, .everyItem: .described(described(condition, index))
        case .all(let parts): .all(parts.map { words($0, index) })
        case .any(let parts): .any(parts.map { words($0, index) })
        case .not(let inner): .not(words(inner, index))
        }
    }
}

/// Every question of a definition by id, with the position of its page, built once for the route map and the diff.
public struct QuestionIndex: Sendable {
    public struct Entry: Sendable {
        public var question: Question
        public var pagePosition: Int
        public var onRepeatingPage: Bool
    }

    private let entries: [String: Entry]

    public init(_ definition: ServiceDefinition) {
        var entries: [String: Entry] = [:]
        for (position, page) in definition.pages.enumerated() {
            for question in page.questions where entries[question.id] == nil {
                entries[question.id] = Entry(question: question, pagePosition: position, onRepeatingPage: page.repeatGroup != nil)
            }
        }
        self.entries = entries
    }

    public subscript(id: String) -> Entry? { entries[id] }

    /// The question's label, or its id when the service has no such question.
    func label(_ id: String) -> LocalisedText { entries[id]?.question.label ?? LocalisedText(id) }

    func value(_ value: String, of id: String) -> ConditionWords.Value {
        guard let question = entries[id]?.question else { return .literal(value) }
        if question.type == .yesNo {
            switch value {
            case "yes": return .yes
            case "no": return .no
            default: return .literal(value)
            }
        }
        return question.option(value).map { .option($0.label) } ?? .literal(value)
    }
}
