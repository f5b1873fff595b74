import Foundation

/// A value worked out from answers (an age, a total, a count), named like a question so that conditions and
/// check-answers can use it: `computed: [{id: age, label: Age, years_since: date-of-birth}]`.
public struct ComputedValue: Sendable, Equatable {
    public enum Formula: Sendable, Equatable {
        /// Whole years from a date answer to today.
        case yearsSince(question: String)
        /// The total of number or decimal answers, those not given counting as nothing.
        case sum(questions: [String])
        /// The total of one question over the items of a repeating page.
        case itemSum(page: String, question: String)
        /// How many items a repeating page has.
        case count(page: String)
    }

    public var id: String
    public var label: LocalisedText
    public var formula: Formula
    /// Shown as money (£, two places).
    public var money: Bool
    /// The page after which check-answers shows it: the last page it reads.
    public var afterPage: String

    public init(id: String, label: LocalisedText, formula: Formula, money: Bool = false, afterPage: String) {
        self.id = id
        self.label = label
        self.formula = formula
        self.money = money
        self.afterPage = afterPage
    }

    /// The value as an answer, so that it is compared and shown like a number question's; nil until its answers are given.
    public func value(_ answers: Answers, today: CalendarDay) -> Answer? {
        switch formula {
        case .yearsSince(let question):
            guard case .date(let year, let month, let day)? = answers[question] else { return nil }
            return .integer(JourneyRoute.wholeYears(from: CalendarDay(year: year, month: month, day: day), to: today))
        case .sum(let questions):
            let numbers = questions.compactMap { Self.number(answers[$0]) }
            return numbers.isEmpty ? nil : total(numbers)
        case .itemSum(let page, let question):
            guard let items = answers.items[page] else { return nil }
            return total(items.compactMap { Self.number($0[question]) })
        case .count(let page):
            return answers.items[page].map { .integer($0.count) }
        }
    }

    private func total(_ numbers: [Decimal]) -> Answer {
        let sum = numbers.reduce(0, +)
        if !money, let whole = Int("\(sum)") { return .integer(whole) }
        return .decimal(sum, places: 2)
    }

    /// A number question standing for this value, for showing it with `AnswerDisplay`.
    public var displayQuestion: Question {
        var question = Question(id: id, type: money ? .decimal : .number, label: label)
        question.money = money
        return question
    }

    static func number(_ answer: Answer?) -> Decimal? {
        switch answer {
        case .integer(let value): Decimal(value)
        case .decimal(let value, _): value
        default: nil
        }
    }
}
