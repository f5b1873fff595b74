import Foundation

/// One difference between two versions of a service, named the way a designer thinks of it; Views says it in words
/// ("Question 'Email' added to page 'Contact details'"). Things are named by their text in the version that has them
/// (the newer one, unless removed).
public enum DefinitionChange: Sendable, Equatable {
    case serviceText(ServiceText, TextChange)
    case referencePrefix(from: String, to: String)

    case sectionAdded(section: LocalisedText)
    case sectionRemoved(section: LocalisedText)
    case sectionMoved(section: LocalisedText)
    case sectionTitle(section: LocalisedText, TextChange)

    case pageAdded(page: LocalisedText, section: LocalisedText)
    case pageRemoved(page: LocalisedText)
    /// The page is now in another section, or in another place among its section's pages.
    case pageMoved(page: LocalisedText, section: LocalisedText)
    case pageText(page: LocalisedText, PageText, TextChange)
    /// The page's `show_when`: nil means it is now always shown.
    case pageShowWhen(page: LocalisedText, ConditionWords?)
    /// The page's `next` rules as they now are (empty: none, the journey goes on to the next page).
    case pageBranches(page: LocalisedText, [RuleWords])
    case pageExit(page: LocalisedText, isExit: Bool)
    /// Now repeats (with the new bounds), no longer repeats, or repeats differently.
    case pageRepeat(page: LocalisedText, RepeatGroup?)

    case questionAdded(question: LocalisedText, page: LocalisedText)
    case questionRemoved(question: LocalisedText, page: LocalisedText)
    /// Now on another page, or in another place on its page.
    case questionMoved(question: LocalisedText, page: LocalisedText)
    case questionText(question: LocalisedText, QuestionText, TextChange)
    case questionType(question: LocalisedText, from: QuestionType, to: QuestionType)
    case questionRequired(question: LocalisedText, required: Bool)
    /// Lengths, limits, pattern, places, dates, file sizes and types, how it is displayed.
    case questionValidation(question: LocalisedText)
    case questionMessages(question: LocalisedText)
    case optionAdded(option: LocalisedText, question: LocalisedText)
    case optionRemoved(option: LocalisedText, question: LocalisedText)
    case optionText(option: LocalisedText, question: LocalisedText, TextChange)
    case optionsReordered(question: LocalisedText)

    case workflowStateAdded(state: LocalisedText)
    case workflowStateRemoved(state: LocalisedText)
    case workflowStateChanged(state: LocalisedText)
    case workflowMovesChanged
    case workflowTargetChanged

    case schedulingAdded
    case schedulingRemoved
    case schedulingChanged

    case notificationAdded(NotificationEvent)
    case notificationRemoved(NotificationEvent)
    case notificationChanged(NotificationEvent)
    /// The question that asks how to be contacted (nil: none now).
    case channelQuestion(LocalisedText?)

    public enum ServiceText: Sendable, Equatable, CaseIterable {
        case title, summary, startBody, beforeYouStart, checkAnswersTitle, declaration, confirmationTitle, whatHappensNext
    }

    public enum PageText: Sendable, Equatable {
        case title, body
    }

    public enum QuestionText: Sendable, Equatable {
        case label, hint, suffix
    }

    /// How a text changed. A change to the Gaelic alone is named as such, as it needs a Gaelic reader to review.
    public enum TextChange: Sendable, Equatable {
        case added(LocalisedText)
        case removed(LocalisedText)
        case changed(from: LocalisedText, to: LocalisedText)
        case gaelicChanged(from: String?, to: String?)

        /// The change from `old` to `new`, or nil when they are the same.
        public init?(_ old: LocalisedText?, _ new: LocalisedText?) {
            switch (old, new) {
            case (nil, nil): return nil
            case (nil, let new?): self = .added(new)
            case (let old?, nil): self = .removed(old)
            case (let old?, let new?):
                guard old != new else { return nil }
                if old.translations[.en] == new.translations[.en] {
                    self = .gaelicChanged(from: old.translations[.gd], to: new.translations[.gd])
                } else {
                    self = .changed(from: old, to: new)
                }
            }
        }
    }

    /// A `next` rule in words.
    public struct RuleWords: Sendable, Equatable {
        public enum Target: Sendable, Equatable {
            case page(LocalisedText)
            case checkAnswers
            case missingPage(String)
        }

        public var when: ConditionWords?
        public var goesTo: Target

        public init(when: ConditionWords?, goesTo: Target) {
            self.when = when
            self.goesTo = goesTo
        }
    }
}
