import Domain
import Foundation

/// The designer's typed words (conditions, route map problems) said in a language.
enum DesignerWords {
    static func condition(_ words: ConditionWords, _ language: Language) -> String {
        switch words {
        case .equals(let question, let value):
            return Phrase.conditionIs(question.text(language), self.value(value, language))(language)
        case .oneOf(let question, let values):
            return Phrase.conditionIs(question.text(language), list(values.map { self.value($0, language) }, language))(language)
        case .greaterThan(let question, let value):
            return Phrase.conditionMoreThan(question.text(language), "\(value)")(language)
        case .lessThan(let question, let value):
            return Phrase.conditionLessThan(question.text(language), "\(value)")(language)
        case .answered(let question, let expected):
            return (expected ? Phrase.conditionAnswered : Phrase.conditionNotAnswered)(question.text(language))(language)
        case .described(let text):
            return text.text(language)
        case .all(let parts):
            return parts.map { grouped($0, language) }.joined(separator: Phrase.conditionAnd(language))
        case .any(let parts):
            return parts.map { grouped($0, language) }.joined(separator: Phrase.conditionOr(language))
        case .not(let inner):
            return Phrase.conditionNot(condition(inner, language))(language)
        }
    }

    /// A part of `all`/`any` that is itself a list, in brackets, so "a and (b or c)" keeps its meaning.
    private static func grouped(_ words: ConditionWords, _ language: Language) -> String {
        switch words {
        case .all, .any: "(\(condition(words, language)))"
        default: condition(words, language)
        }
    }

    static func value(_ value: ConditionWords.Value, _ language: Language) -> String {
        switch value {
        case .option(let label): "‘\(label.text(language))’"
        case .yes: "‘\(Phrase.conditionYes(language))’"
        case .no: "‘\(Phrase.conditionNo(language))’"
        case .literal(let text): "‘\(text)’"
        }
    }

    /// ‘a’, ‘b’ or ‘c’.
    static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + Phrase.conditionLastOr(language) + last
    }

    static func reason(_ reason: RouteMap.NeverHolds, _ language: Language) -> String {
        switch reason {
        case .notAnOption(let question, let values):
            Phrase.reasonNotAnOption(list(values.map { "‘\($0)’" }, language), question.text(language))(language)
        case .notANumber(let question): Phrase.reasonNotANumber(question.text(language))(language)
        case .askedLater(let question): Phrase.reasonAskedLater(question.text(language))(language)
        case .onRepeatingPage(let question): Phrase.reasonRepeating(question.text(language))(language)
        case .notInService(let id): Phrase.reasonNotInService(id)(language)
        case .contradiction(let question): Phrase.reasonContradiction(question.text(language))(language)
        }
    }

    static func problem(_ problem: RouteMap.Problem, _ language: Language) -> String {
        switch problem {
        case .unreachable: Phrase.flagUnreachable(language)
        case .deadEnd: Phrase.flagDeadEnd(language)
        case .neverHolds(.showWhen, let why): Phrase.flagShowWhenNever(reason(why, language))(language)
        case .neverHolds(.rule(let rule), let why): Phrase.flagRuleNever(rule + 1, reason(why, language))(language)
        case .ruleAfterAlways(let rule): Phrase.flagRuleAfterAlways(rule + 1)(language)
        case .missingPage(let rule, let id): Phrase.flagMissingPage(rule + 1, id)(language)
        case .rulesOnExit: Phrase.flagRulesOnExit(language)
        }
    }
}
