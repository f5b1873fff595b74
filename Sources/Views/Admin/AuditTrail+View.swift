import Domain

extension AuditTrailPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.navAudit(language))
        page.raw("<div class=\"workspace workspace-side-left\">\n<div class=\"workspace-side\">\n<div class=\"filters\">\n")
        page.filterFormStart(action: "/admin/audit", label: Phrase.auditFilter(language))
        page.input("person", label: Phrase.auditPerson(language), value: filters.person, hint: Phrase.auditPersonHint(language),
                   autocomplete: "off", errors: errors)
        let sortedActions = actions.map { ($0.rawValue, $0.name(language)) }.sorted { $0.1 < $1.1 }
        page.select("action", label: Phrase.auditAction(language), options: [("", Phrase.auditAnyAction(language))] + sortedActions,
                    selected: filters.action)
        dateInput(&page, "from", legend: Phrase.auditFrom(language), fields: filters.from)
        dateInput(&page, "to", legend: Phrase.auditTo(language), fields: filters.to)
        page.button(Phrase.auditApply(language), secondary: true)
        page.formEnd()
        page.link(Phrase.auditClear(language), href: "/admin/audit")
        page.raw("</div>\n</div>\n<div class=\"workspace-main\">\n")
        if personNotFound {
            page.paragraph(Phrase.auditNobody(language))
        } else if rows.isEmpty {
            page.paragraph(Phrase.auditNone(language))
        } else {
            table(&page)
        }
        page.pagination(previous: newerHref, next: olderHref, previousLabel: .auditPreviousPage, nextLabel: .auditNextPage)
        page.raw("</div>\n</div>\n")
    }

    private func table(_ page: inout PageParts) {
        let language = layout.language
        page.table(
            caption: Phrase.auditEntries(language),
            headers: [Phrase.auditWhen(language), Phrase.auditWho(language), Phrase.auditWhat(language), Phrase.auditSubject(language),
                      Phrase.auditDetail(language), Phrase.auditIPAddress(language)],
            rows: rows.map { row in [
                (StaffDate.dayAndTime(row.at, language), nil), (row.who, row.whoHref), (row.action.name(language), nil),
                (row.about, row.aboutHref), (row.detail, nil), (row.ipAddress, nil),
            ] }
        )
    }

    /// Day, month and year boxes in a fieldset, as GOV.UK's date input; the error (if any) is on the day box's id.
    private func dateInput(_ page: inout PageParts, _ name: String, legend: String, fields: DateFields) {
        let language = layout.language
        let error = errors.first { $0.questionID == "\(name)-day" }?.message
        page.out.raw(error == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n")
        page.out.raw("<fieldset class=\"fieldset\" role=\"group\""); page.out.attribute("aria-describedby", "\(name)-hint" + (error == nil ? "" : " \(name)-error"))
        page.out.raw(">\n<legend class=\"fieldset-legend\">"); page.out.text(legend); page.out.raw("</legend>\n")
        page.out.raw("<div"); page.out.attribute("id", "\(name)-hint"); page.out.raw(" class=\"hint\">"); page.out.text(Phrase.auditDateHint(language)); page.out.raw("</div>\n")
        if let error {
            page.out.raw("<p"); page.out.attribute("id", "\(name)-error"); page.out.raw(" class=\"error-message\"><span class=\"visually-hidden\">")
            page.out.text(Phrase.errorLabel(language)); page.out.raw("</span> "); page.out.text(error); page.out.raw("</p>\n")
        }
        page.out.raw("<div class=\"date-input\">\n")
        for (part, width, label, value) in [("day", "width-2", Phrase.day, fields.day), ("month", "width-2", Phrase.month, fields.month),
                                            ("year", "width-4", Phrase.year, fields.year)] {
            let id = "\(name)-\(part)"
            page.out.raw("<div class=\"date-input-item\"><label class=\"label\""); page.out.attribute("for", id); page.out.raw(">")
            page.out.text(label(language)); page.out.raw("</label><input"); page.out.attribute("class", "input \(width)" + (error == nil ? "" : " input-error"))
            page.out.attribute("id", id); page.out.attribute("name", id); page.out.raw(" type=\"text\" inputmode=\"numeric\"")
            page.out.attribute("value", value); page.out.raw("></div>\n")
        }
        page.out.raw("</div>\n</fieldset>\n</div>\n")
    }
}
