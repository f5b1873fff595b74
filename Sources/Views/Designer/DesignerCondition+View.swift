import Domain

extension DesignerConditionPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(purpose == .rule ? Phrase.designerAddBranch(language) : Phrase.designerChangeWhenShown(language), caption: pageHeading)
        page.formStart(action: action, csrf: csrf)
        guard let chosen else {
            if questions.isEmpty {
                page.paragraph(Phrase.designerNoEarlierQuestions(language))
            } else {
                page.choices(DesignerConditionForm.question, legend: Phrase.designerConditionQuestion(language),
                             options: questions.map { ($0.id, $0.label) }, selected: [], errors: errors)
                page.button(Phrase.designerContinue(language))
            }
            if purpose == .showWhen {
                page.button(Phrase.designerAlwaysShowPage(language), secondary: true, name: "clear", value: "yes")
            }
            page.formEnd()
            return
        }
        page.hidden(DesignerConditionForm.question, chosen.id)
        page.paragraph(Phrase.designerConditionReads(chosen.label)(language))
        page.choices(DesignerConditionForm.comparison, legend: Phrase.designerComparisonLegend(language),
                     options: DesignerComparison.offered(for: chosen.type).map { ($0.rawValue, Self.words($0)(language)) },
                     selected: fields[DesignerConditionForm.comparison].map { [$0] } ?? [], errors: errors)
        if chosen.options.isEmpty {
            page.input(DesignerConditionForm.value, label: Phrase.designerComparedWith(language),
                       value: fields[DesignerConditionForm.value] ?? "", hint: Phrase.designerComparedWithHint(language), errors: errors)
        } else {
            page.choices(DesignerConditionForm.options, legend: Phrase.designerComparedWithOptions(language),
                         options: chosen.options.map { ($0.value, $0.label) },
                         selected: Set((fields[DesignerConditionForm.options] ?? "").split(separator: ",").map(String.init)),
                         multiple: true, hint: Phrase.designerComparedWithOptionsHint(language), errors: errors)
        }
        if purpose == .rule {
            page.select(DesignerConditionForm.destination, label: Phrase.designerGoesTo(language),
                        options: destinations.map { ($0.id, $0.label) }, selected: fields[DesignerConditionForm.destination] ?? "")
        }
        page.button(purpose == .rule ? Phrase.designerAddBranch(language) : Phrase.designerSaveCondition(language))
        page.formEnd()
    }

    static func words(_ comparison: DesignerComparison) -> Phrase {
        switch comparison {
        case .equals: Phrase.designerComparisonEquals
        case .notEquals: Phrase.designerComparisonNotEquals
        case .oneOf: Phrase.designerComparisonOneOf
        case .greaterThan: Phrase.designerComparisonGreater
        case .lessThan: Phrase.designerComparisonLess
        case .answered: Phrase.designerComparisonAnswered
        case .notAnswered: Phrase.designerComparisonNotAnswered
        }
    }
}
