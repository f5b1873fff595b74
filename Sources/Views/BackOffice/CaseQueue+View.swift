import Domain

extension CaseQueuePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.navCases(language), caption: serviceTitles.map { $0.joined(separator: ", ") } ?? Phrase.boAllServices(language))
        queueNavigation(&page)
        page.raw("<div class=\"workspace workspace-side-left queue-workspace\">\n")
        filterPanel(&page)
        page.raw("<div class=\"queue-results\">\n")
        if let results { resultsPart(&page, results) }
        page.raw("</div>\n</div>\n")
    }

    /// Links between the three queues; the current one marked for screen readers and in text, not by colour alone.
    private func queueNavigation(_ page: inout PageParts) {
        let language = layout.language
        page.out.raw("<nav class=\"sub-navigation\""); page.out.attribute("aria-label", Phrase.boQueues(language))
        page.out.raw(">\n<ul class=\"sub-navigation-list\">\n")
        for kind in CaseQueueKind.allCases {
            let current = kind == queue
            page.out.raw(current ? "<li class=\"sub-navigation-item sub-navigation-item-current\">" : "<li class=\"sub-navigation-item\">")
            page.out.raw("<a class=\"link\""); page.out.attribute("href", queueAddresses[kind] ?? "/backoffice?queue=\(kind.rawValue)")
            if current { page.out.raw(" aria-current=\"page\"") }
            page.out.raw(">"); page.out.text(kind.boName(language))
            if current { page.out.raw("<span class=\"visually-hidden\"> "); page.out.text(Phrase.boThisList(language)); page.out.raw("</span>") }
            page.out.raw("</a></li>\n")
        }
        page.out.raw("</ul>\n</nav>\n")
    }

    /// The filters: a side panel beside the list on a wide screen, folded away (a `<details>`, no script) until
    /// opened, or open when they need correcting.
    private func filterPanel(_ page: inout PageParts) {
        let language = layout.language
        page.out.raw(errors.contains { ["q", "from", "to", "district"].contains($0.questionID) } ? "<details class=\"filters\" open>\n" : "<details class=\"filters\">\n")
        page.out.raw("<summary class=\"filters-summary\">"); page.out.text(Phrase.boFilters(language))
        if filters.applied > 0 { page.out.text(" (\(filters.applied))") }
        page.out.raw("</summary>\n")
        page.filterFormStart(action: "/backoffice", label: Phrase.boFilterLabel(language))
        page.hidden("queue", queue.rawValue)
        page.input("q", label: Phrase.boSearch(language), value: filters.text, hint: Phrase.boSearchHint(language), errors: errors)
        if serviceOptions.count > 1 {
            page.choices("service", legend: Phrase.boService(language), options: serviceOptions, selected: filters.services, multiple: true)
        }
        page.choices("status", legend: Phrase.boStatus(language), options: statusOptions, selected: filters.statuses, multiple: true)
        page.choices("channel", legend: Phrase.boReceivedBy(language), options: Channel.allCases.map { ($0.rawValue, $0.boName(language)) },
                     selected: filters.channels, multiple: true)
        let assignees: [Option] = [("", Phrase.boAnyone(language)), ("nobody", Phrase.boNobodyUnassigned(language))] + colleagueOptions
        page.select("assignee", label: Phrase.boAssignedTo(language), options: assignees, selected: filters.assignee)
        let targets: [TargetStatus] = [.overdue, .dueSoon, .onTrack, .met, .none]
        page.select("target", label: Phrase.boTarget(language), options: [("", Phrase.boAny(language))] + targets.map { ($0.rawValue, $0.boName(language)) },
                    selected: filters.target)
        page.select("sort", label: Phrase.boSortBy(language), options: [
            (CaseSort.due.rawValue, Phrase.boSortDue(language)), (CaseSort.oldest.rawValue, Phrase.boSortOldest(language)),
            (CaseSort.newest.rawValue, Phrase.boSortNewest(language)),
        ], selected: filters.sort.rawValue)
        page.input("from", label: Phrase.boReceivedFrom(language), type: "date", value: filters.from,
                   hint: Phrase.boForExample("2026-11-01")(language), errors: errors, width: "width-10")
        page.input("to", label: Phrase.boReceivedTo(language), type: "date", value: filters.to,
                   hint: Phrase.boForExample("2026-11-30")(language), errors: errors, width: "width-10")
        page.input("district", label: Phrase.boPostcodeDistrict(language), value: filters.district, hint: Phrase.boPostcodeDistrictHint(language),
                   errors: errors, width: "width-5")
        page.raw("<div class=\"button-group\">\n")
        page.button(Phrase.boApplyFilters(language), secondary: true)
        page.link(Phrase.boClearFilters(language), href: clearAddress, paragraph: false)
        page.raw("</div>\n")
        page.formEnd()
        page.raw("</details>\n")
    }

    private func resultsPart(_ page: inout PageParts, _ results: Results) {
        let language = layout.language
        guard !results.rows.isEmpty else {
            page.paragraph(results.firstPage ? Phrase.boNoCasesMatch(language) : Phrase.boNoMoreCasesMatch(language))
            return
        }
        let count = results.countIsCapped ? Phrase.boMoreThanCases(BackOfficeText.thousands(CasePage.countLimit))(language)
            : Phrase.boCaseCount(results.count, BackOfficeText.thousands(results.count))(language)
        page.link(Phrase.boDownloadCSV(language), href: results.exportAddress)
        page.formStart(action: "/backoffice/bulk", csrf: csrfToken)
        page.hidden("return", results.returnAddress)
        table(&page, caption: count, rows: results.rows)
        page.pagination(previous: results.previous, next: results.next)
        bulkActions(&page)
        page.formEnd()
    }

    /// The list: a table on a wide screen; on a narrow one each case is a block of labelled lines (the labels come
    /// from `data-label`, so nothing is wider than the screen and no script is needed).
    private func table(_ page: inout PageParts, caption: String, rows: [Row]) {
        let language = layout.language
        let showService = serviceOptions.count != 1
        var headers = [Phrase.boApplicant(language)]
        if showService { headers.append(Phrase.boService(language)) }
        headers += [Phrase.boStatus(language), Phrase.boTarget(language), Phrase.boAssignedTo(language), Phrase.boReceived(language)]
        page.out.raw("<table class=\"table table-selectable queue-table\">\n<caption class=\"table-caption\">"); page.out.text(caption)
        page.out.raw("</caption>\n<thead><tr><th scope=\"col\" class=\"table-header\"><span class=\"visually-hidden\">")
        page.out.text(Phrase.boSelect(language)); page.out.raw("</span></th><th scope=\"col\" class=\"table-header\">")
        page.out.text(Phrase.boReference(language)); page.out.raw("</th>")
        for header in headers { page.out.raw("<th scope=\"col\" class=\"table-header\">"); page.out.text(header); page.out.raw("</th>") }
        page.out.raw("</tr></thead>\n<tbody>\n")
        for (index, row) in rows.enumerated() {
            let id = "case-\(index + 1)"
            page.out.raw("<tr class=\"queue-row\"><td class=\"table-cell table-cell-select\"><div class=\"checkboxes-item\"><input class=\"checkboxes-input\" type=\"checkbox\"")
            page.out.attribute("id", id); page.out.raw(" name=\"case\""); page.out.attribute("value", row.reference)
            page.out.raw("><label class=\"checkboxes-label\""); page.out.attribute("for", id); page.out.raw("><span class=\"visually-hidden\">")
            page.out.text(Phrase.boSelectCase(row.reference)(language)); page.out.raw("</span></label></div></td>")
            page.out.raw("<th scope=\"row\" class=\"table-cell queue-reference\"><a class=\"link\""); page.out.attribute("href", "/backoffice/cases/\(row.reference)")
            page.out.raw(">"); page.out.text(row.reference); page.out.raw("</a></th>")
            // `wraps`: holds email addresses, which may break anywhere rather than widen the table.
            var cells: [(label: String, lines: [String], wraps: Bool)] = [
                (Phrase.boApplicant(language), [row.applicantName, row.applicantEmail].compactMap { $0 }, true),
            ]
            if showService { cells.append((Phrase.boService(language), [row.service], false)) }
            cells += [
                (Phrase.boStatus(language), [row.status], false),
                (Phrase.boTarget(language), [BackOfficeText.target(row.target, due: row.due, language)], false),
                (Phrase.boAssignedTo(language), [row.assignee ?? Phrase.boNobody(language)], true),
                (Phrase.boReceived(language), [BackOfficeText.dayAndTime(row.received, language),
                                               Phrase.boByChannel(BackOfficeText.channel(row.channel, language))(language)], false),
            ]
            for cell in cells {
                page.out.raw(cell.wraps ? "<td class=\"table-cell queue-wrap\"" : "<td class=\"table-cell\"")
                page.out.attribute("data-label", cell.label); page.out.raw(">")
                for (number, line) in cell.lines.enumerated() {
                    if number > 0 { page.out.raw("<br>") }
                    page.out.text(line)
                }
                page.out.raw("</td>")
            }
            page.out.raw("</tr>\n")
        }
        page.out.raw("</tbody>\n</table>\n")
    }

    private func bulkActions(_ page: inout PageParts) {
        let language = layout.language
        page.raw("<div class=\"bulk-actions\">\n")
        page.subheading(Phrase.boActOnSelected(language))
        page.choices("action", legend: Phrase.boWhatToDo(language), options: BulkKind.allCases.map { ($0.rawValue, $0.label(language)) },
                     selected: [bulkFields["action"] ?? ""], errors: errors)
        page.select("bulk-status", label: Phrase.boBulkNewStatus(language), options: [("", Phrase.boChooseStatus(language))] + statusOptions,
                    selected: bulkFields["bulk-status"] ?? "")
        page.textarea("reason", label: Phrase.boBulkReason(language), value: bulkFields["reason"] ?? "", hint: Phrase.boBulkReasonHint(language),
                      errors: errors, rows: 2)
        page.textarea("note", label: Phrase.boBulkNote(language), value: bulkFields["note"] ?? "", errors: errors, rows: 2)
        page.button(Phrase.boApplyToSelected(language))
        page.raw("</div>\n")
    }
}
