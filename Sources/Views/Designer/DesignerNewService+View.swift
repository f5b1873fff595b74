import Domain

extension DesignerNewServicePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.designerCreateService(language))
        page.link(Phrase.designerImportLink(language), href: DesignerPaths.importService)

        page.subheading(Phrase.designerFromBlank(language))
        page.paragraph(Phrase.designerFromBlankHint(language))
        page.formStart(action: DesignerPaths.newService, csrf: csrf)
        page.hidden(DesignerNewServiceForm.start, "blank")
        page.input(DesignerNewServiceForm.title, label: Phrase.designerNewTitle(language), value: fields[DesignerNewServiceForm.title] ?? "", errors: errors)
        page.input(DesignerNewServiceForm.slug, label: Phrase.designerNewSlug(language), value: fields[DesignerNewServiceForm.slug] ?? "",
                   hint: Phrase.designerNewSlugHint(language), errors: errors, width: "width-20")
        page.input(DesignerNewServiceForm.prefix, label: Phrase.designerNewPrefix(language), value: fields[DesignerNewServiceForm.prefix] ?? "",
                   hint: Phrase.designerNewPrefixHint(language), errors: errors, width: "width-5")
        page.button(Phrase.designerCreateService(language))
        page.formEnd()

        page.subheading(Phrase.designerFromSample(language))
        page.paragraph(Phrase.designerFromSampleHint(language))
        if samples.isEmpty {
            page.inset(Phrase.designerNoSamples(language))
        } else {
            page.formStart(action: DesignerPaths.newService, csrf: csrf)
            page.hidden(DesignerNewServiceForm.start, "sample")
            page.select(DesignerNewServiceForm.sample, label: Phrase.designerSample(language),
                        options: samples.map { ($0.value, $0.label) }, selected: fields[DesignerNewServiceForm.sample] ?? "")
            page.button(Phrase.designerCreateService(language), secondary: true)
            page.formEnd()
        }

        page.subheading(Phrase.designerCopyService(language))
        page.paragraph(Phrase.designerCopyServiceHint(language))
        if services.isEmpty {
            page.inset(Phrase.designerNothingToCopy(language))
        } else {
            page.formStart(action: DesignerPaths.newService, csrf: csrf)
            page.hidden(DesignerNewServiceForm.start, "copy")
            page.select(DesignerNewServiceForm.original, label: Phrase.designerServiceToCopy(language),
                        options: services.map { ($0.value, $0.label) }, selected: fields[DesignerNewServiceForm.original] ?? "")
            page.input(DesignerNewServiceForm.copySlug, label: Phrase.designerNewSlug(language), value: fields[DesignerNewServiceForm.copySlug] ?? "",
                       hint: Phrase.designerNewSlugHint(language), errors: errors, width: "width-20")
            page.input(DesignerNewServiceForm.copyPrefix, label: Phrase.designerNewPrefix(language),
                       value: fields[DesignerNewServiceForm.copyPrefix] ?? "", hint: Phrase.designerNewPrefixHint(language), errors: errors,
                       width: "width-5")
            page.button(Phrase.designerCreateService(language), secondary: true)
            page.formEnd()
        }
    }
}
