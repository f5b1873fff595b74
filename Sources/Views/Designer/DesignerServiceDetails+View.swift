import Domain

extension DesignerServiceDetailsPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let notice { page.notice(notice) }
        page.errorSummary(errors)
        page.heading(Phrase.designerDetailsTitle(language), caption: slug)
        page.formStart(action: DesignerPaths.details(slug), csrf: csrf)
        for field in DesignerDetailsForm.allCases {
            let label = field.label(language)
            page.out.raw("<div class=\"designer-bilingual\">\n")
            if field.isLong {
                page.textarea(field.english, label: Phrase.designerInEnglish(label)(language), value: fields[field.english] ?? "",
                              hint: field.hint?(language), errors: errors, rows: 6)
                page.textarea(field.gaelic, label: Phrase.designerInGaelic(label)(language), value: fields[field.gaelic] ?? "",
                              hint: Phrase.designerGaelicFallbackHint(language), errors: errors, rows: 6)
            } else {
                page.input(field.english, label: Phrase.designerInEnglish(label)(language), value: fields[field.english] ?? "",
                           hint: field.hint?(language), errors: errors)
                page.input(field.gaelic, label: Phrase.designerInGaelic(label)(language), value: fields[field.gaelic] ?? "",
                           hint: Phrase.designerGaelicFallbackHint(language), errors: errors)
            }
            page.out.raw("</div>\n")
        }
        page.button(Phrase.designerSaveDetails(language))
        page.formEnd()
        page.link(Phrase.designerBackToDesigner(language), href: DesignerPaths.service(slug))
    }
}
