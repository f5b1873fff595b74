import Foundation

/// A condition as a designer reads it: the questions by their labels and the values by their option labels, so Views
/// can say "when 'Do you live in the area?' is 'No'" in either language without knowing the definition.
public indirect enum ConditionWords: Sendable, Equatable {
    case equals(question: LocalisedText, value: Value)
    case oneOf(question: LocalisedText, values: [Value])
    case greaterThan(question: LocalisedText, value: Decimal)
    case lessThan(question: LocalisedText, value: Decimal)
    case answered(question: LocalisedText, Bool)
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

    private static func words(_ condition: Condition, _ index: QuestionIndex) -> ConditionWords {
        switch condition {
        case .equals(let id, let value):
            .equals(question: index.label(id), value: index.value(value, of: id))
        case .oneOf(let id, let values):
            .oneOf(question: index.label(id), values: values.map { index.value($0, of: id) })
        case .greaterThan(let id, let value): .greaterThan(question: index.label(id), value: value)
        case .lessThan(let id, let value): .lessThan(question: index.label(id), value: value)
        case .answered(let id, let expected): .answered(question: index.label(id), expected)
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
