import Domain

extension CaseVisitsSection {
    /// The part on its own, for a case page model that holds it as markup.
    public func html(_ language: Language) -> String {
        var page = PageParts(language: language)
        body(&page)
        return page.html
    }

    public func body(_ page: inout PageParts) {
        let language = page.language
        page.subheading(Phrase.visitsHeading(language))
        if rows.isEmpty {
            page.paragraph(Phrase.visitsNone(language))
        } else {
            page.table(caption: Phrase.visitsCaption(language),
                       headers: [Phrase.visitsDate(language), Phrase.visitsJob(language), Phrase.visitsWho(language), Phrase.visitsStatus(language)],
                       rows: rows.map { row in
                           let status = row.record?.caseStatus(language) ?? Phrase.visitsScheduled(language)
                           return [
                               (row.when, nil), (row.kind, nil), (row.who, nil),
                               row.photoHref.map { (status + Phrase.visitsPhoto(language), $0) } ?? (status, nil),
                           ]
                       })
        }
        page.subheading(Phrase.visitsSchedule(language))
        form.body(&page)
    }
}

extension ScheduleVisitFields {
    public func body(_ page: inout PageParts) {
        page.formStart(action: action, csrf: csrfToken)
        for question in questions {
            page.raw(QuestionHTML.render(question, fields: fields, errors: errors, isHeading: false, language: page.language))
        }
        page.button(Phrase.visitsScheduleButton(page.language), secondary: true)
        page.formEnd()
    }
}

extension ScheduleVisitPage {
    public func body(_ page: inout PageParts) {
        page.errorSummary(form.errors)
        page.heading(Phrase.visitsSchedule(page.language), caption: form.caseReference)
        form.body(&page)
    }
}
