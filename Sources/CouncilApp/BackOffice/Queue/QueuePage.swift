import Domain
import Views

/// Draws the queue page: the three queues, the filter form, the list with its checkboxes, pages and bulk actions.
struct QueuePage {
    var parts: PageParts
    let filters: QueueFilters
    let scope: QueueScope

    static let queueNames: [(CaseQueueKind, String)] = [
        (.mine, "My cases"), (.unassigned, "Unassigned in my services"), (.all, "All cases in my services"),
    ]

    mutating func heading() {
        let caption = scope.staff.access.caseServices == nil ? "All services" : scope.titles.values.sorted().joined(separator: ", ")
        parts.heading("Cases", caption: caption)
        parts.subNavigation(label: "Queues", items: Self.queueNames.map { kind, name in
            (name, filters.address(queue: kind), kind == filters.queue)
        })
    }

    mutating func filterForm(errors: [FieldError]) {
        parts.raw("<div class=\"filters\">\n")
        parts.filterFormStart(action: "/backoffice", label: "Filter and search cases")
        parts.hidden("queue", filters.queue.rawValue)
        parts.input("q", label: "Search", value: filters.text,
                    hint: "Reference, name, email, address, postcode or any word in the answers. End a word with * to match its start.",
                    errors: errors)
        parts.raw("<div class=\"filters-row\">\n")
        if scope.titles.count > 1 {
            parts.choices("service", legend: "Service", options: scope.titles.sorted { $0.value < $1.value }.map { ($0.key, $0.value) },
                          selected: Set(filters.services), multiple: true)
        }
        parts.choices("status", legend: "Status", options: scope.stateOptions, selected: Set(filters.statuses), multiple: true)
        parts.choices("channel", legend: "Received by", options: Channel.allCases.map { ($0.rawValue, CaseText.channel($0.rawValue)) },
                      selected: Set(filters.channels), multiple: true)
        parts.raw("</div>\n<div class=\"filters-row\">\n")
        var assignees: [(value: String, label: String)] = [("", "Anyone"), ("nobody", "Nobody (unassigned)")]
        assignees += scope.colleagues.map { ("\($0.id)", $0.email) }
        parts.select("assignee", label: "Assigned to", options: assignees, selected: filters.assignee)
        let targets: [TargetStatus] = [.overdue, .dueSoon, .onTrack, .met, .none]
        parts.select("target", label: "Target", options: [("", "Any")] + targets.map { ($0.rawValue, $0.label) }, selected: filters.target)
        parts.select("sort", label: "Sort by", options: [
            (CaseSort.due.rawValue, "Due date, soonest first"), (CaseSort.oldest.rawValue, "Received, oldest first"),
            (CaseSort.newest.rawValue, "Received, newest first"),
        ], selected: filters.sort.rawValue)
        parts.raw("</div>\n<div class=\"filters-row\">\n")
        parts.input("from", label: "Received from", type: "date", value: filters.from, hint: "For example, 2026-11-01", errors: errors, width: "width-10")
        parts.input("to", label: "Received to", type: "date", value: filters.to, hint: "For example, 2026-11-30", errors: errors, width: "width-10")
        parts.input("district", label: "Postcode district", value: filters.district, hint: "The first part of a postcode, like IV2",
                    errors: errors, width: "width-5")
        parts.raw("</div>\n<div class=\"button-group\">\n")
        parts.button("Apply filters", secondary: true)
        parts.link("Clear filters", href: QueueFilters().address(queue: filters.queue), paragraph: false)
        parts.raw("</div>\n")
        parts.formEnd()
        parts.raw("</div>\n")
    }

    mutating func results(_ page: CasePage, csrf: String, errors: [FieldError], bulkFields: [String: String]) {
        let count = page.countIsCapped ? "More than \(Self.thousands(CasePage.countLimit)) cases"
            : page.count == 1 ? "1 case" : "\(Self.thousands(page.count)) cases"
        guard !page.rows.isEmpty else {
            parts.paragraph(filters.position == .first ? "No cases match." : "No more cases match.")
            return
        }
        parts.link("Download these cases as a spreadsheet (CSV)", href: filters.address("/backoffice/export.csv"))
        parts.formStart(action: "/backoffice/bulk", csrf: csrf)
        parts.hidden("return", filters.address(position: filters.position))
        parts.selectableTable(
            caption: count, checkboxName: "case",
            headers: ["Reference", "Applicant", "Service", "Status", "Target", "Assigned to", "Received by", "Received"],
            rows: page.rows.map { row in (
                value: row.reference, selectLabel: "Select \(row.reference)",
                cells: [
                    (row.reference, "/backoffice/cases/\(row.reference)"),
                    ([row.applicantName, row.applicantEmail].compactMap { $0 }.joined(separator: ", "), nil),
                    (scope.serviceTitle(row.serviceSlug), nil), (scope.statusLabel(row), nil), (scope.target(row), nil),
                    (scope.assigneeName(row), nil), (CaseText.channel(row.channel), nil), (DisplayDate.dayAndTime(row.createdAt), nil),
                ]
            ) }
        )
        parts.pagination(previous: page.previous.map { filters.address(position: .before($0)) },
                         next: page.next.map { filters.address(position: .after($0)) })
        bulkActions(errors: errors, fields: bulkFields)
        parts.formEnd()
    }

    private mutating func bulkActions(errors: [FieldError], fields: [String: String]) {
        parts.subheading("Act on the selected cases")
        parts.choices("action", legend: "What to do", options: [
            (BulkAction.Kind.assignToMe.rawValue, "Assign to me"), (BulkAction.Kind.status.rawValue, "Change status"),
            (BulkAction.Kind.note.rawValue, "Add a note"),
        ], selected: [fields["action"] ?? ""], errors: errors)
        parts.select("bulk-status", label: "New status (for a change of status)", options: [("", "Choose a status")] + scope.stateOptions,
                     selected: fields["bulk-status"] ?? "")
        parts.textarea("reason", label: "Reason the applicant will see (for a change of status)", value: fields["reason"] ?? "",
                       hint: "Needed for some changes. Sent to each applicant with the new status and shown in their account.", errors: errors, rows: 2)
        parts.textarea("note", label: "Note (for adding a note; not shown to the applicant)", value: fields["note"] ?? "", errors: errors, rows: 2)
        parts.button("Apply to selected cases")
    }

    /// `12345` → `12,345`, the same whatever the server's locale.
    static func thousands(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }
}
