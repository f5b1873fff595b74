/// Parts for pages that list, filter and act on many things at once (the back-office queues): a GET filter form,
/// drop-down selects, navigation between lists, a table with a checkbox per row, and previous/next page links.
extension PageParts {
    /// Opens a form that sends its fields in the address, so a filtered list can be bookmarked and works without
    /// JavaScript. No CSRF token: it changes nothing.
    public mutating func filterFormStart(action: String, label: String) {
        out.raw("<form method=\"get\" novalidate"); out.attribute("action", action); out.attribute("aria-label", label); out.raw(">\n")
    }

    /// A labelled drop-down.
    public mutating func select(_ name: String, label: String, options: [(value: String, label: String)], selected: String, hint: String? = nil) {
        out.raw("<div class=\"form-group\">\n<label class=\"label\""); out.attribute("for", name); out.raw(">"); out.text(label); out.raw("</label>\n")
        if let hint { out.raw("<div"); out.attribute("id", "\(name)-hint"); out.raw(" class=\"hint\">"); out.text(hint); out.raw("</div>\n") }
        out.raw("<select class=\"select\""); out.attribute("id", name); out.attribute("name", name)
        if hint != nil { out.attribute("aria-describedby", "\(name)-hint") }
        out.raw(">\n")
        for option in options {
            out.raw("<option"); out.attribute("value", option.value)
            if option.value == selected { out.raw(" selected") }
            out.raw(">"); out.text(option.label); out.raw("</option>\n")
        }
        out.raw("</select>\n</div>\n")
    }

    /// Links between sibling lists; the current one is marked for screen readers and in text, not by colour alone.
    public mutating func subNavigation(label: String, items: [(text: String, href: String, current: Bool)]) {
        out.raw("<nav class=\"sub-navigation\""); out.attribute("aria-label", label); out.raw(">\n<ul class=\"sub-navigation-list\">\n")
        for item in items {
            out.raw(item.current ? "<li class=\"sub-navigation-item sub-navigation-item-current\">" : "<li class=\"sub-navigation-item\">")
            out.raw("<a class=\"link\""); out.attribute("href", item.href)
            if item.current { out.raw(" aria-current=\"page\"") }
            out.raw(">"); out.text(item.text)
            if item.current { out.raw("<span class=\"visually-hidden\"> (this list)</span>") }
            out.raw("</a></li>\n")
        }
        out.raw("</ul>\n</nav>\n")
    }

    /// A table whose rows can be chosen: the first column is a checkbox named `checkboxName` with the row's value,
    /// labelled (for screen readers) with `selectLabel`.
    public mutating func selectableTable(
        caption: String, checkboxName: String, headers: [String],
        rows: [(value: String, selectLabel: String, cells: [(text: String, href: String?)])]
    ) {
        tableScrollStart(label: caption)
        out.raw("<table class=\"table table-selectable\">\n<caption class=\"table-caption\">"); out.text(caption)
        out.raw("</caption>\n<thead><tr><th scope=\"col\" class=\"table-header\"><span class=\"visually-hidden\">Select</span></th>")
        for header in headers { out.raw("<th scope=\"col\" class=\"table-header\">"); out.text(header); out.raw("</th>") }
        out.raw("</tr></thead>\n<tbody>\n")
        for (index, row) in rows.enumerated() {
            let id = "\(checkboxName)-\(index + 1)"
            out.raw("<tr><td class=\"table-cell table-cell-select\"><div class=\"checkboxes-item\"><input class=\"checkboxes-input\" type=\"checkbox\"")
            out.attribute("id", id); out.attribute("name", checkboxName); out.attribute("value", row.value)
            out.raw("><label class=\"checkboxes-label\""); out.attribute("for", id); out.raw("><span class=\"visually-hidden\">")
            out.text(row.selectLabel); out.raw("</span></label></div></td>")
            for (column, cell) in row.cells.enumerated() {
                out.raw(column == 0 ? "<th scope=\"row\" class=\"table-cell\">" : "<td class=\"table-cell\">")
                if let href = cell.href {
                    out.raw("<a class=\"link\""); out.attribute("href", href); out.raw(">"); out.text(cell.text); out.raw("</a>")
                } else {
                    out.text(cell.text)
                }
                out.raw(column == 0 ? "</th>" : "</td>")
            }
            out.raw("</tr>\n")
        }
        out.raw("</tbody>\n</table>\n")
        out.raw("</div>\n")
    }

    /// Links to the previous and next pages of a list, each only when there is such a page; their words are
    /// "Previous page" and "Next page" unless the list names its pages otherwise (the audit trail: newer, older).
    public mutating func pagination(previous: String?, next: String?,
                                    previousLabel: Phrase = .previousPage, nextLabel: Phrase = .nextPage) {
        guard previous != nil || next != nil else { return }
        out.raw("<nav class=\"pagination\""); out.attribute("aria-label", Phrase.pages(language)); out.raw(">\n<ul class=\"pagination-list\">\n")
        if let previous {
            out.raw("<li class=\"pagination-previous\"><a class=\"link\" rel=\"prev\""); out.attribute("href", previous)
            out.raw(">"); out.text(previousLabel(language)); out.raw("</a></li>\n")
        }
        if let next {
            out.raw("<li class=\"pagination-next\"><a class=\"link\" rel=\"next\""); out.attribute("href", next)
            out.raw(">"); out.text(nextLabel(language)); out.raw("</a></li>\n")
        }
        out.raw("</ul>\n</nav>\n")
    }
}
