import Domain

extension DesignerImportPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.designerImportTitle(language))
        page.paragraph(Phrase.designerImportIntro(language))
        page.formStart(action: DesignerPaths.importService, csrf: csrf, multipart: true)
        page.choices(DesignerImportForm.format, legend: Phrase.designerImportFormat(language),
                     options: formats.map { ($0.value, "\($0.name): \($0.hint)") },
                     selected: Set([fields[DesignerImportForm.format] ?? ""]), errors: errors)
        page.fileUpload(DesignerImportForm.file, label: Phrase.designerImportFile(language),
                        hint: Phrase.designerImportFileHint(limitMegabytes)(language), accept: ".json,.zip,application/json,application/zip",
                        errors: errors)
        page.input(DesignerImportForm.slug, label: Phrase.designerImportSlug(language), value: fields[DesignerImportForm.slug] ?? "",
                   hint: Phrase.designerImportSlugHint(language), errors: errors, width: "width-20")
        page.button(Phrase.designerImportButton(language))
        page.formEnd()
        page.link(Phrase.designerImportOtherWays(language), href: DesignerPaths.newService)
    }
}
