import Foundation
import Domain

extension DesignerVersionsPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        if let notice { page.notice(notice) }
        page.errorSummary(errors)
        page.heading(Phrase.designerVersionsTitle(language), caption: "\(title) · \(Phrase.designerStateName(state)(language))")
        history(&page)
        publishForm(&page)
        compareForm(&page)
        settingsForm(&page)
        lifecycleForm(&page)
        page.link(Phrase.designerBackToDesigner(language), href: DesignerPaths.service(slug))
    }

    private func when(_ date: Date?) -> String {
        date.map { StaffDate.dayAndTime($0, layout.language) } ?? Phrase.designerNone(layout.language)
    }

    private func history(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.designerHistory(language))
        guard !rows.isEmpty else {
            page.paragraph(Phrase.designerNoVersions(language))
            return
        }
        page.table(caption: Phrase.designerHistory(language),
                   headers: [Phrase.designerVersion(language), Phrase.designerApproval(language), Phrase.designerPublishedBy(language),
                             Phrase.designerPublishedOn(language), Phrase.designerLiveFrom(language), Phrase.designerCloses(language),
                             Phrase.designerLimit(language), Phrase.designerChangeNote(language)],
                   rows: rows.map { row in
                       let record = row.record
                       var approval = Phrase.designerApprovalName(record.approval)(language)
                       if let approvedBy = row.approvedBy { approval += ", " + Phrase.designerApprovedBy(approvedBy)(language) }
                       var note = record.changeNote ?? Phrase.designerNone(language)
                       if let from = record.rolledBackFrom { note += " (" + Phrase.designerRestoring(from)(language) + ")" }
                       return [
                           (String(record.version) + (row.isCurrent ? " (\(Phrase.designerCurrentMark(language)))" : ""), nil),
                           (approval, nil), (row.publishedBy, nil), (when(record.publishedAt), nil),
                           (record.isImmediate ? when(record.publishedAt) : when(record.liveFrom), nil), (when(record.closesAt), nil),
                           (record.submissionLimit.map(String.init) ?? Phrase.designerNone(language), nil), (note, nil),
                       ]
                   })
        for row in rows { versionActions(&page, row) }
    }

    /// Each version's own small form: roll back to it (with a reason), or approve or withdraw it while it waits.
    private func versionActions(_ page: inout PageParts, _ row: Row) {
        let language = layout.language
        let version = row.record.version
        let label = Phrase.designerVersionLabel(version)(language)
        page.out.raw("<details class=\"details designer-version-actions\"><summary class=\"details-summary\">")
        page.out.text("\(label): \(Phrase.designerActions(language))"); page.out.raw("</summary>\n<div class=\"details-text\">\n")
        if row.record.approval == .pending {
            page.formStart(action: DesignerPaths.versionAction(slug, version), csrf: csrf)
            page.button(Phrase.designerApprove(language), name: DesignerPublishForm.action, value: "approve")
            page.button(Phrase.designerWithdraw(language), secondary: true, name: DesignerPublishForm.action, value: "withdraw")
            page.formEnd()
        }
        if row.record.approval == .published, !row.isCurrent {
            page.formStart(action: DesignerPaths.versionAction(slug, version), csrf: csrf)
            page.hidden(DesignerPublishForm.action, "rollback")
            let name = "\(DesignerPublishForm.rollBackNote)-\(version)"
            page.input(name, label: Phrase.designerRollBackNote(language), value: fields[name] ?? "", errors: errors)
            page.button(Phrase.designerRollBack(language), secondary: true)
            page.formEnd()
        }
        page.link(Phrase.designerRouteMap(language), href: "\(DesignerPaths.routeMap(slug))?version=\(version)")
        page.out.raw("</div>\n</details>\n")
    }

    private func publishForm(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.designerPublishDraft(language))
        switch draft {
        case .none:
            page.paragraph(Phrase.designerNoDraftToPublish(language))
            return
        case .hasProblems:
            page.inset(Phrase.designerDraftHasProblems(language))
            page.link(Phrase.designerFixIt(language), href: DesignerPaths.service(slug))
            return
        case .ready:
            break
        }
        if let newest = rows.first?.record.version {
            page.link(Phrase.designerWhatWillChange(language),
                      href: DesignerPaths.compare(slug, from: String(newest), to: DesignerPublishForm.draftValue))
        }
        page.formStart(action: DesignerPaths.publish(slug), csrf: csrf)
        page.textarea(DesignerPublishForm.changeNote, label: Phrase.designerChangeNote(language), value: fields[DesignerPublishForm.changeNote] ?? "",
                      hint: Phrase.designerChangeNoteHint(language), errors: errors, rows: 3)
        page.choices(DesignerPublishForm.when, legend: Phrase.designerWhenLive(language),
                     options: [("now", Phrase.designerLiveNow(language)), ("later", Phrase.designerLiveLater(language))],
                     selected: [fields[DesignerPublishForm.when] ?? "now"], errors: errors)
        page.input(DesignerPublishForm.liveDate, label: Phrase.designerLiveDate(language), value: fields[DesignerPublishForm.liveDate] ?? "",
                   hint: Phrase.designerDateHint(language), errors: errors, width: "width-10")
        page.input(DesignerPublishForm.liveTime, label: Phrase.designerLiveTime(language), value: fields[DesignerPublishForm.liveTime] ?? "",
                   hint: Phrase.designerTimeHint(language), errors: errors, width: "width-5")
        page.input(DesignerPublishForm.closesDate, label: Phrase.designerClosesDate(language), value: fields[DesignerPublishForm.closesDate] ?? "",
                   hint: Phrase.designerDateHint(language), errors: errors, width: "width-10")
        page.input(DesignerPublishForm.closesTime, label: Phrase.designerClosesTime(language), value: fields[DesignerPublishForm.closesTime] ?? "",
                   hint: Phrase.designerTimeHint(language), errors: errors, width: "width-5")
        page.input(DesignerPublishForm.limit, label: Phrase.designerLimit(language), value: fields[DesignerPublishForm.limit] ?? "",
                   hint: Phrase.designerLimitHint(language), errors: errors, width: "width-10", inputmode: "numeric")
        page.button(Phrase.designerPublish(language))
        page.formEnd()
    }

    private func compareForm(_ page: inout PageParts) {
        let language = layout.language
        guard rows.count + (draft == .none ? 0 : 1) >= 2 else { return }
        page.subheading(Phrase.designerCompare(language))
        var options = rows.map { (value: String($0.record.version), label: Phrase.designerVersionLabel($0.record.version)(language)) }
        if draft != .none { options.insert((DesignerPublishForm.draftValue, Phrase.designerTheDraft(language)), at: 0) }
        page.filterFormStart(action: DesignerPaths.compare(slug), label: Phrase.designerCompare(language))
        // By default: what the draft changes from the newest version, or what the newest changed from the one before.
        let older = draft != .none ? rows.first.map { String($0.record.version) } : rows.count >= 2 ? String(rows[1].record.version) : nil
        page.select(DesignerPublishForm.compareFrom, label: Phrase.designerCompareFrom(language), options: options, selected: older ?? options.last?.value ?? "")
        page.select(DesignerPublishForm.compareTo, label: Phrase.designerCompareTo(language), options: options, selected: options.first?.value ?? "")
        page.button(Phrase.designerCompareButton(language), secondary: true)
        page.formEnd()
    }

    private func settingsForm(_ page: inout PageParts) {
        let language = layout.language
        page.subheading(Phrase.designerServiceSettings(language))
        page.formStart(action: DesignerPaths.settings(slug), csrf: csrf)
        page.choices(DesignerPublishForm.audience, legend: Phrase.designerAudience(language),
                     options: ServiceAudience.allCases.map { ($0.rawValue, Phrase.designerAudienceName($0)(language)) },
                     selected: [settings.audience.rawValue], errors: errors)
        page.choices(DesignerPublishForm.requiresApproval, legend: Phrase.designerRequiresApproval(language),
                     options: [("yes", Phrase.designerApprovalYes(language)), ("no", Phrase.designerApprovalNo(language))],
                     selected: [settings.requiresApproval ? "yes" : "no"], errors: errors)
        page.button(Phrase.designerSaveSettings(language), secondary: true)
        page.formEnd()
    }

    /// Closing and archiving lead to an "Are you sure?" page (a GET form, so no JavaScript is needed); bringing a
    /// service back from the archive is done at once.
    private func lifecycleForm(_ page: inout PageParts) {
        let language = layout.language
        if hasLiveVersion, state == .live {
            page.getButton(Phrase.designerCloseNow(language), action: DesignerPaths.confirmLifecycle(slug, .close), warning: true)
        }
        if settings.isArchived {
            page.formStart(action: DesignerPaths.lifecycle(slug), csrf: csrf)
            page.button(Phrase.designerUnarchive(language), secondary: true, name: DesignerPublishForm.lifecycle, value: "unarchive")
            page.formEnd()
        } else if !rows.isEmpty {
            page.getButton(Phrase.designerArchive(language), action: DesignerPaths.confirmLifecycle(slug, .archive), warning: true)
        }
    }
}
