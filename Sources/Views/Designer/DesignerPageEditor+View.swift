import Domain

extension DesignerPageEditorPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let notice { page.notice(notice) }
        page.errorSummary(errors)
        page.heading(fields[DesignerPageForm.titleEnglish].flatMap { $0.isEmpty ? nil : $0 } ?? pageID,
                     caption: sectionTitle)
        textsForm(&page)
        if !isExit { questionList(&page) }
        page.subheading(Phrase.designerWhenShown(language))
        page.paragraph(shownWhen ?? Phrase.designerAlwaysShown(language))
        page.link(Phrase.designerChangeWhenShown(language), href: "\(address)/condition?for=show_when")
        if !isExit { ruleList(&page) }
    }

    private func textsForm(_ page: inout PageParts) {
        let language = layout.language
        page.formStart(action: address, csrf: csrf)
        bilingualInput(&page, english: DesignerPageForm.titleEnglish, gaelic: DesignerPageForm.titleGaelic,
                       label: Phrase.designerPageTitle(language), hint: Phrase.designerPageTitleHint(language))
        bilingualTextarea(&page, english: DesignerPageForm.bodyEnglish, gaelic: DesignerPageForm.bodyGaelic,
                          label: Phrase.designerPageBody(language), hint: Phrase.designerBodyHint(language))
        page.choices(DesignerPageForm.exit, legend: Phrase.designerIsExit(language),
                     options: [("no", Phrase.designerExitNo(language)), ("yes", Phrase.designerExitYes(language))],
                     selected: [isExit ? "yes" : "no"], errors: errors)
        page.button(Phrase.designerSavePage(language))
        page.formEnd()
    }

    private func bilingualInput(_ page: inout PageParts, english: String, gaelic: String, label: String, hint: String?) {
        let language = layout.language
        page.out.raw("<div class=\"designer-bilingual\">\n")
        page.input(english, label: Phrase.designerInEnglish(label)(language), value: fields[english] ?? "", hint: hint, errors: errors)
        page.input(gaelic, label: Phrase.designerInGaelic(label)(language), value: fields[gaelic] ?? "",
                   hint: Phrase.designerGaelicFallbackHint(language), errors: errors)
        page.out.raw("</div>\n")
    }

    private func bilingualTextarea(_ page: inout PageParts, english: String, gaelic: String, label: String, hint: String?) {
        let language = layout.language
        page.out.raw("<div class=\"designer-bilingual\">\n")
        page.textarea(english, label: Phrase.designerInEnglish(label)(language), value: fields[english] ?? "", hint: hint, errors: errors, rows: 6)
        page.textarea(gaelic, label: Phrase.designerInGaelic(label)(language), value: fields[gaelic] ?? "",
                      hint: Phrase.designerGaelicFallbackHint(language), errors: errors, rows: 6)
        page.out.raw("</div>\n")
    }

    private func questionList(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.designerQuestions(language))
        if questions.isEmpty { page.paragraph(Phrase.designerNoQuestions(language)) }
        page.formStart(action: "\(address)/questions", csrf: csrf)
        page.out.raw("<ol class=\"designer-items\">\n")
        for (position, question) in questions.enumerated() {
            page.out.raw("<li><a class=\"link\""); page.out.attribute("href", DesignerPaths.question(slug, pageID, question.id)); page.out.raw(">")
            page.out.text(question.label); page.out.raw("</a> <span class=\"hint\">"); page.out.text(QuestionTypeWords.name(question.type)(language))
            page.out.raw("</span>\n<span class=\"designer-item-actions\">")
            if position > 0 { itemButton(&page, Phrase.designerMoveUp(language), question.label, DesignerPageForm.questionAction, "up:\(question.id)") }
            if position < questions.count - 1 { itemButton(&page, Phrase.designerMoveDown(language), question.label, DesignerPageForm.questionAction, "down:\(question.id)") }
            itemButton(&page, Phrase.designerRemove(language), question.label, DesignerPageForm.questionAction, "remove:\(question.id)")
            page.out.raw("</span></li>\n")
        }
        page.out.raw("</ol>\n")
        page.formEnd()
        page.formStart(action: "\(address)/questions/new", csrf: csrf)
        page.select(DesignerPageForm.newQuestionType, label: Phrase.designerNewQuestionType(language),
                    options: QuestionType.allCases.map { ($0.rawValue, QuestionTypeWords.name($0)(language)) }, selected: QuestionType.text.rawValue)
        page.input(DesignerPageForm.newQuestionLabel, label: Phrase.designerNewQuestionLabel(language),
                   value: fields[DesignerPageForm.newQuestionLabel] ?? "", errors: errors)
        page.button(Phrase.designerAddQuestion(language), secondary: true)
        page.formEnd()
    }

    private func ruleList(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.designerWhereNext(language))
        page.formStart(action: "\(address)/rules", csrf: csrf)
        page.out.raw("<ol class=\"designer-items\">\n")
        for (index, rule) in rules.enumerated() {
            let words = rule.condition.map { Phrase.designerRuleWhen($0, rule.destination)(language) } ?? Phrase.designerRuleAlways(rule.destination)(language)
            page.out.raw("<li>"); page.out.text(words); page.out.raw("\n<span class=\"designer-item-actions\">")
            if index > 0 { itemButton(&page, Phrase.designerMoveUp(language), words, DesignerPageForm.ruleAction, "up:\(index)") }
            if index < rules.count - 1 { itemButton(&page, Phrase.designerMoveDown(language), words, DesignerPageForm.ruleAction, "down:\(index)") }
            itemButton(&page, Phrase.designerRemove(language), words, DesignerPageForm.ruleAction, "remove:\(index)")
            page.out.raw("</span></li>\n")
        }
        page.out.raw("<li>"); page.out.text(Phrase.designerOtherwiseNext(language)); page.out.raw("</li>\n</ol>\n")
        page.formEnd()
        page.link(Phrase.designerAddBranch(language), href: "\(address)/condition?for=rule")
    }

    /// A small submit button whose accessible name says which item it acts on ("Remove Email").
    private func itemButton(_ page: inout PageParts, _ text: String, _ item: String, _ name: String, _ value: String) {
        page.out.raw("<button type=\"submit\" class=\"button button-secondary button-small\""); page.out.attribute("name", name)
        page.out.attribute("value", value); page.out.raw(">"); page.out.text(text)
        page.out.raw("<span class=\"visually-hidden\"> "); page.out.text(item); page.out.raw("</span></button>")
    }
}
