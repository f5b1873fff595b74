import Domain

/// The changes between two versions as a page fragment: an ordered list of sentences, in the newer version's order.
public enum DefinitionDiffHTML {
    public static func write(_ diff: DefinitionDiff, from: Int, to: Int, language: Language, into page: inout PageParts) {
        guard !diff.isEmpty else {
            page.inset(Phrase.diffNone(language))
            return
        }
        page.paragraph(Phrase.diffIntro(from, to, count: diff.changes.count)(language))
        page.out.raw("<ol class=\"list list-number definition-diff\">\n")
        for change in diff.changes {
            page.out.raw("<li>"); page.out.text(sentence(change, language)); page.out.raw("</li>\n")
        }
        page.out.raw("</ol>\n")
    }

    /// Texts longer than this are not quoted in full: the sentence says they changed.
    static let quotedLimit = 80

    static func sentence(_ change: DefinitionChange, _ language: Language) -> String {
        func t(_ text: LocalisedText) -> String { text.text(language) }
        switch change {
        case .serviceText(let field, let how): return "\(Phrase.diffServiceText(field)(language)): \(textChange(how, language))"
        case .referencePrefix(let from, let to): return Phrase.diffReferencePrefix(from, to)(language)
        case .sectionAdded(let section): return Phrase.diffSectionAdded(t(section))(language)
        case .sectionRemoved(let section): return Phrase.diffSectionRemoved(t(section))(language)
        case .sectionMoved(let section): return Phrase.diffSectionMoved(t(section))(language)
        case .sectionTitle(let section, let how): return "\(Phrase.diffSectionTitle(t(section))(language)): \(textChange(how, language))"
        case .pageAdded(let page, let section): return Phrase.diffPageAdded(t(page), t(section))(language)
        case .pageRemoved(let page): return Phrase.diffPageRemoved(t(page))(language)
        case .pageMoved(let page, let section): return Phrase.diffPageMoved(t(page), t(section))(language)
        case .pageText(let page, let field, let how): return "\(Phrase.diffPageText(field, t(page))(language)): \(textChange(how, language))"
        case .pageShowWhen(let page, let condition):
            guard let condition else { return Phrase.diffAlwaysShown(t(page))(language) }
            return Phrase.diffShownWhen(t(page), DesignerWords.condition(condition, language))(language)
        case .pageBranches(let page, let rules):
            guard !rules.isEmpty else { return Phrase.diffNoBranches(t(page))(language) }
            return Phrase.diffBranches(t(page), rules.map { rule($0, language) }.joined(separator: Phrase.diffThen(language)))(language)
        case .pageExit(let page, let isExit): return (isExit ? Phrase.diffNowExit : Phrase.diffNoLongerExit)(t(page))(language)
        case .pageRepeat(let page, let group):
            guard let group else { return Phrase.diffNoLongerRepeats(t(page))(language) }
            return Phrase.diffRepeats(t(page), min: group.min, max: group.max)(language)
        case .questionAdded(let question, let page): return Phrase.diffQuestionAdded(t(question), t(page))(language)
        case .questionRemoved(let question, let page): return Phrase.diffQuestionRemoved(t(question), t(page))(language)
        case .questionMoved(let question, let page): return Phrase.diffQuestionMoved(t(question), t(page))(language)
        case .questionText(let question, let field, let how): return "\(Phrase.diffQuestionText(field, t(question))(language)): \(textChange(how, language))"
        case .questionType(let question, let from, let to): return Phrase.diffQuestionType(t(question), from.rawValue, to.rawValue)(language)
        case .questionRequired(let question, let required): return (required ? Phrase.diffNowRequired : Phrase.diffNowOptional)(t(question))(language)
        case .questionValidation(let question): return Phrase.diffValidation(t(question))(language)
        case .questionMessages(let question): return Phrase.diffMessages(t(question))(language)
        case .optionAdded(let option, let question): return Phrase.diffOptionAdded(t(option), t(question))(language)
        case .optionRemoved(let option, let question): return Phrase.diffOptionRemoved(t(option), t(question))(language)
        case .optionText(let option, let question, let how): return "\(Phrase.diffOptionText(t(option), t(question))(language)): \(textChange(how, language))"
        case .optionsReordered(let question): return Phrase.diffOptionsReordered(t(question))(language)
        case .workflowStateAdded(let state): return Phrase.diffStateAdded(t(state))(language)
        case .workflowStateRemoved(let state): return Phrase.diffStateRemoved(t(state))(language)
        case .workflowStateChanged(let state): return Phrase.diffStateChanged(t(state))(language)
        case .workflowMovesChanged: return Phrase.diffMoves(language)
        case .workflowTargetChanged: return Phrase.diffTarget(language)
        case .schedulingAdded: return Phrase.diffSchedulingAdded(language)
        case .schedulingRemoved: return Phrase.diffSchedulingRemoved(language)
        case .schedulingChanged: return Phrase.diffSchedulingChanged(language)
        case .notificationAdded(let event): return Phrase.diffNotificationAdded(event.name(language))(language)
        case .notificationRemoved(let event): return Phrase.diffNotificationRemoved(event.name(language))(language)
        case .notificationChanged(let event): return Phrase.diffNotificationChanged(event.name(language))(language)
        case .channelQuestion(let question):
            return question.map { Phrase.diffChannelQuestion(t($0))(language) } ?? Phrase.diffNoChannelQuestion(language)
        }
    }

    private static func rule(_ rule: DefinitionChange.RuleWords, _ language: Language) -> String {
        let target: String
        switch rule.goesTo {
        case .page(let heading): target = "‘\(heading.text(language))’"
        case .checkAnswers: target = Phrase.routeCheckAnswersTarget(language)
        case .missingPage(let id): target = Phrase.routeMissingTarget(id)(language)
        }
        let goes = Phrase.routeGoesTo(target)(language)
        return rule.when.map { "\(goes) \(Phrase.when(DesignerWords.condition($0, language))(language))" } ?? goes
    }

    private static func textChange(_ change: DefinitionChange.TextChange, _ language: Language) -> String {
        func short(_ text: String) -> Bool { text.count <= quotedLimit && !text.contains("\n") }
        switch change {
        case .added(let text):
            let value = text.text(language)
            return short(value) ? Phrase.diffTextAdded(value)(language) : Phrase.diffTextAddedLong(language)
        case .removed: return Phrase.diffTextRemoved(language)
        case .changed(let from, let to):
            let old = from.text(language), new = to.text(language)
            if old == new {
                // Read in Gaelic, only the English changed: say so, with the English texts.
                let (oldEnglish, newEnglish) = (from.english, to.english)
                return short(oldEnglish) && short(newEnglish) ? Phrase.diffEnglishChanged(oldEnglish, newEnglish)(language) : Phrase.diffEnglishChangedLong(language)
            }
            return short(old) && short(new) ? Phrase.diffTextChanged(old, new)(language) : Phrase.diffTextChangedLong(language)
        case .gaelicChanged(let from, let to):
            let none = Phrase.diffGaelicNone(language)
            let old = from ?? none, new = to ?? none
            return short(old) && short(new) ? Phrase.diffGaelicChanged(old, new)(language) : Phrase.diffGaelicChangedLong(language)
        }
    }
}
