/// Why an edit was not made, in the designer's words.
public enum DefinitionEditRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownSection(String)
    case unknownPage(String)
    case unknownQuestion(String)
    case unknownOption(question: String, value: String)
    /// A text that must be written (a label, a title) was left empty.
    case emptyText(String)
    case lastSection
    /// A next rule names a page that is not in the service.
    case gotoUnknown(page: String, target: String)
    /// A next rule, or a move, would send the journey back to an earlier page.
    case gotoBackwards(page: String, target: String)
    /// A page cannot be removed while a next rule goes to it.
    case pageIsGotoTarget(page: String, from: String)
    /// A condition would read an answer not yet given (asked on a later page, or on the same page for show_when).
    case conditionReadsLater(page: String, question: String)
    /// Something reads the question (or the option's value): it would stop working without it.
    case inUse(question: String, value: String?, by: [DefinitionReference])
    /// A setting the question's type does not take.
    case settingNotForType(key: String, type: QuestionType)
    case invalidSetting(String)

    public var description: String {
        switch self {
        case .unknownSection(let id): "there is no section \(id) in this service"
        case .unknownPage(let id): "there is no page \(id) in this service"
        case .unknownQuestion(let id): "there is no question \(id) in this service"
        case .unknownOption(let question, let value): "question \(question) has no option \(value)"
        case .emptyText(let what): "enter the \(what)"
        case .lastSection: "a service needs at least one section, so its last section cannot be removed"
        case .gotoUnknown(let page, let target): "page \(page) goes to \(target), which is not a page of this service"
        case .gotoBackwards(let page, let target):
            "page \(page) would go back to \(target); a journey can only move forward, so \(target) must come after \(page)"
        case .pageIsGotoTarget(let page, let from): "page \(from) goes to page \(page); change that next rule first"
        case .conditionReadsLater(let page, let question):
            "a condition on page \(page) would read question \(question) before it is answered; conditions can only use answers already given"
        case .inUse(let question, let value, let uses):
            "\(value.map { "option \($0) of question \(question)" } ?? "question \(question)") is used by "
                + uses.map(\.description).joined(separator: ", ") + "; change those first"
        case .settingNotForType(let key, let type): "a \(type.rawValue) question does not take \(key)"
        case .invalidSetting(let message): message
        }
    }
}

/// A place in a definition that reads a question's answer.
public enum DefinitionReference: Sendable, Equatable, CustomStringConvertible {
    case showWhen(page: String)
    case nextRule(page: String, index: Int)
    case channelQuestion
    case keyAnswers
    case notification(NotificationEvent)

    public var description: String {
        switch self {
        case .showWhen(let page): "the show-when condition of page \(page)"
        case .nextRule(let page, let index): "next rule \(index + 1) of page \(page)"
        case .channelQuestion: "the notifications' channel question"
        case .keyAnswers: "the key answers field workers see"
        case .notification(let event): "the \(event.rawValue) message"
        }
    }
}
