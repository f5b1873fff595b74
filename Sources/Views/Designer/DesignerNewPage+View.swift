import Domain

extension DesignerNewPagePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.designerAddPage(sectionTitle)(language), caption: Phrase.designerDraftCaption(language))
        page.formStart(action: address, csrf: csrf)
        page.choices(DesignerNewPageForm.kind, legend: Phrase.designerNewPageKind(language),
                     options: [("question", Phrase.designerNewPageQuestion(language)), ("information", Phrase.designerNewPageInformation(language)),
                               ("exit", Phrase.designerNewPageExit(language))],
                     selected: [fields[DesignerNewPageForm.kind] ?? "question"], errors: errors)
        page.select(DesignerNewPageForm.questionType, label: Phrase.designerNewQuestionType(language),
                    options: QuestionType.allCases.map { ($0.rawValue, QuestionTypeWords.name($0)(language)) },
                    selected: fields[DesignerNewPageForm.questionType] ?? QuestionType.text.rawValue)
        pair(&page, DesignerNewPageForm.labelEnglish, DesignerNewPageForm.labelGaelic, Phrase.designerQuestionLabel(language),
             hint: Phrase.designerNewPageLabelHint(language))
        pair(&page, DesignerNewPageForm.titleEnglish, DesignerNewPageForm.titleGaelic, Phrase.designerPageTitle(language),
             hint: Phrase.designerNewPageTitleHint(language))
        page.out.raw("<div class=\"designer-bilingual\">\n")
        page.textarea(DesignerNewPageForm.bodyEnglish, label: Phrase.designerInEnglish(Phrase.designerNewPageBody(language))(language),
                      value: fields[DesignerNewPageForm.bodyEnglish] ?? "", hint: Phrase.designerNewPageBodyHint(language), errors: errors, rows: 5)
        page.textarea(DesignerNewPageForm.bodyGaelic, label: Phrase.designerInGaelic(Phrase.designerNewPageBody(language))(language),
                      value: fields[DesignerNewPageForm.bodyGaelic] ?? "", hint: Phrase.designerGaelicFallbackHint(language), errors: errors, rows: 5)
        page.out.raw("</div>\n")
        page.button(Phrase.designerAddThePage(language))
        page.formEnd()

        page.subheading(Phrase.designerAddSection(language))
        page.formStart(action: newSectionAddress, csrf: csrf)
        pair(&page, DesignerNewPageForm.sectionTitleEnglish, DesignerNewPageForm.sectionTitleGaelic, Phrase.designerSectionTitle(language),
             hint: Phrase.designerNewSectionHint(language))
        page.select(DesignerNewPageForm.sectionQuestionType, label: Phrase.designerFirstQuestionType(language),
                    options: QuestionType.allCases.map { ($0.rawValue, QuestionTypeWords.name($0)(language)) },
                    selected: fields[DesignerNewPageForm.sectionQuestionType] ?? QuestionType.text.rawValue)
        pair(&page, DesignerNewPageForm.sectionLabelEnglish, DesignerNewPageForm.sectionLabelGaelic, Phrase.designerFirstQuestion(language),
             hint: Phrase.designerFirstQuestionHint(language))
        page.button(Phrase.designerAddSection(language), secondary: true)
        page.formEnd()
    }

    private func pair(_ page: inout PageParts, _ english: String, _ gaelic: String, _ label: String, hint: String) {
        let language = layout.language
        page.out.raw("<div class=\"designer-bilingual\">\n")
        page.input(english, label: Phrase.designerInEnglish(label)(language), value: fields[english] ?? "", hint: hint, errors: errors)
        page.input(gaelic, label: Phrase.designerInGaelic(label)(language), value: fields[gaelic] ?? "",
                   hint: Phrase.designerGaelicFallbackHint(language), errors: errors)
        page.out.raw("</div>\n")
    }
}
