import Domain

extension DesignerQuestionEditorPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let notice { page.notice(notice) }
        page.errorSummary(errors)
        page.heading(fields[DesignerQuestionForm.text("label", .en)].flatMap { $0.isEmpty ? nil : $0 } ?? questionID, caption: pageHeading)
        page.formStart(action: address, csrf: csrf)
        page.select(DesignerQuestionForm.type, label: Phrase.designerQuestionType(language),
                    options: QuestionType.allCases.map { ($0.rawValue, QuestionTypeWords.name($0)(language)) }, selected: type.rawValue,
                    hint: Phrase.designerQuestionTypeHint(language))
        bilingual(&page, "label", Phrase.designerQuestionLabel(language))
        bilingual(&page, "hint", Phrase.designerQuestionHint(language))
        page.choices(DesignerQuestionForm.required, legend: Phrase.designerMustAnswer(language),
                     options: [("yes", Phrase.designerYes(language)), ("no", Phrase.designerNoOptional(language))],
                     selected: [fields[DesignerQuestionForm.required] ?? "yes"], errors: errors)
        settings(&page)
        if type == .choice || type == .choices { options(&page) }
        errorMessages(&page)
        page.button(Phrase.designerSaveQuestion(language))
        page.formEnd()
    }

    private func bilingual(_ page: inout PageParts, _ key: String, _ label: String) {
        let language = layout.language
        page.out.raw("<div class=\"designer-bilingual\">\n")
        page.input(DesignerQuestionForm.text(key, .en), label: Phrase.designerInEnglish(label)(language),
                   value: fields[DesignerQuestionForm.text(key, .en)] ?? "", errors: errors)
        page.input(DesignerQuestionForm.text(key, .gd), label: Phrase.designerInGaelic(label)(language),
                   value: fields[DesignerQuestionForm.text(key, .gd)] ?? "", hint: Phrase.designerGaelicFallbackHint(language), errors: errors)
        page.out.raw("</div>\n")
    }

    private func settings(_ page: inout PageParts) {
        let language = layout.language
        let settings = DesignerQuestionForm.settings(for: type)
        guard !settings.isEmpty else { return }
        page.subheading(Phrase.designerChecks(language))
        for setting in settings {
            let label = QuestionTypeWords.setting(setting)(language)
            if setting.isLocalised {
                bilingual(&page, setting.rawValue, label)
            } else if setting.isFlag {
                page.choices(setting.rawValue, legend: label, options: [("yes", Phrase.designerYes(language))],
                             selected: fields[setting.rawValue] == "yes" ? ["yes"] : [], multiple: true, errors: errors)
            } else {
                page.input(setting.rawValue, label: label, value: fields[setting.rawValue] ?? "",
                           hint: QuestionTypeWords.settingHint(setting).map { $0(language) }, errors: errors, width: "input-width-20")
            }
        }
    }

    private func options(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.designerOptions(language))
        page.paragraph(Phrase.designerOptionsHint(language))
        for row in 0..<optionRows {
            page.out.raw("<fieldset class=\"fieldset designer-option\">\n<legend class=\"fieldset-legend\">")
            page.out.text(Phrase.designerOptionNumber(row + 1)(language)); page.out.raw("</legend>\n")
            page.input(DesignerQuestionForm.option(row, "value"), label: Phrase.designerOptionValue(language),
                       value: fields[DesignerQuestionForm.option(row, "value")] ?? "", hint: Phrase.designerOptionValueHint(language),
                       errors: errors, width: "input-width-20")
            page.input(DesignerQuestionForm.option(row, "label.en"), label: Phrase.designerInEnglish(Phrase.designerOptionLabel(language))(language),
                       value: fields[DesignerQuestionForm.option(row, "label.en")] ?? "", errors: errors)
            page.input(DesignerQuestionForm.option(row, "label.gd"), label: Phrase.designerInGaelic(Phrase.designerOptionLabel(language))(language),
                       value: fields[DesignerQuestionForm.option(row, "label.gd")] ?? "", errors: errors)
            page.out.raw("</fieldset>\n")
        }
    }

    private func errorMessages(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.designerErrorMessages(language))
        page.paragraph(Phrase.designerErrorMessagesHint(language))
        for kind in DesignerQuestionForm.errorKinds(for: type) {
            page.out.raw("<div class=\"designer-bilingual\">\n")
            for written in Language.allCases {
                let name = DesignerQuestionForm.error(kind, written)
                let label = QuestionTypeWords.errorKind(kind)(language)
                page.input(name, label: written == .en ? Phrase.designerInEnglish(label)(language) : Phrase.designerInGaelic(label)(language),
                           value: fields[name] ?? "", errors: errors)
            }
            page.out.raw("</div>\n")
        }
    }
}
