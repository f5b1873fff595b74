import Yams

extension DefinitionParser {
    /// An exclusive option ("None of these") belongs to a `choices` question, only one per question, and last: it is
    /// shown after an "or", below the options it excludes.
    mutating func checkExclusive(_ options: [Option], nodes: [Node], questionType: QuestionType) {
        guard let first = nodes.first else { return }
        guard questionType == .choices else {
            report(at: first, "exclusive is for an option of a choices question (tick boxes); a \(questionType.rawValue) question already takes one answer")
            return
        }
        if nodes.count > 1 {
            report(at: nodes[1], "only one option of a question can be exclusive (like \"None of these\")")
            return
        }
        if options.last?.exclusive != true {
            report(at: first, "put the exclusive option last: it is shown after \"or\", below the options it cannot be chosen with")
        }
    }
}
