import Domain

/// Building blocks for the account, staff and admin pages, in the GOV.UK patterns the citizen journey uses.
/// Each appends to an `HTMLWriter`; text is escaped, markup passed as `raw` is trusted.
public struct PageParts {
    // Settable within Views so helpers for one kind of page can live in files of their own (PageParts+Lists).
    public internal(set) var out = HTMLWriter(capacity: 4096)
    public let language: Language

    public init(language: Language) { self.language = language }

    public var html: String { out.html }

    public mutating func raw(_ markup: String) { out.raw(markup) }

    public mutating func heading(_ text: String, caption: String? = nil, size: String = "l") {
        if let caption { out.raw("<span class=\"caption-l\">"); out.text(caption); out.raw("</span>\n") }
        out.raw("<h1 class=\"heading-\(size)\">"); out.text(text); out.raw("</h1>\n")
    }

    public mutating func subheading(_ text: String) {
        out.raw("<h2 class=\"heading-m\">"); out.text(text); out.raw("</h2>\n")
    }

    public mutating func paragraph(_ text: String, classes: String = "body") {
        out.raw("<p"); out.attribute("class", classes); out.raw(">"); out.text(text); out.raw("</p>\n")
    }

    public mutating func link(_ text: String, href: String, paragraph: Bool = true) {
        if paragraph { out.raw("<p class=\"body\">") }
        out.raw("<a class=\"link\""); out.attribute("href", href); out.raw(">"); out.text(text); out.raw("</a>")
        if paragraph { out.raw("</p>\n") }
    }

    /// "Done" after an action: announced to screen readers without moving focus.
    public mutating func notice(_ text: String) {
        out.raw("<div class=\"notification-banner\" role=\"status\"><p class=\"notification-banner-text\">"); out.text(text); out.raw("</p></div>\n")
    }

    public mutating func inset(_ text: String) {
        out.raw("<div class=\"inset-text\">"); out.text(text); out.raw("</div>\n")
    }

    public mutating func panel(title: String, body: String, emphasis: String? = nil) {
        out.raw("<div class=\"panel panel-confirmation\">\n  <h1 class=\"panel-title\">"); out.text(title)
        out.raw("</h1>\n  <div class=\"panel-body\">"); out.text(body)
        if let emphasis { out.raw("<br><strong class=\"reference\">"); out.text(emphasis); out.raw("</strong>") }
        out.raw("</div>\n</div>\n")
    }

    public mutating func errorSummary(_ errors: [FieldError]) {
        out.raw(ErrorSummaryHTML.render(errors, language: language))
    }

    /// Opens a POST form carrying the CSRF token; `multipart` for a form that sends a file.
    public mutating func formStart(action: String, csrf: String, multipart: Bool = false) {
        out.raw("<form method=\"post\" novalidate"); out.attribute("action", action)
        if multipart { out.raw(" enctype=\"multipart/form-data\"") }
        out.raw(">\n<input type=\"hidden\" name=\"_csrf\""); out.attribute("value", csrf); out.raw(">\n")
    }

    public mutating func hidden(_ name: String, _ value: String) {
        out.raw("<input type=\"hidden\""); out.attribute("name", name); out.attribute("value", value); out.raw(">\n")
    }

    public mutating func formEnd() { out.raw("</form>\n") }

    /// Opens a form group with its label, hint and error message; returns the error and the ids that describe the field.
    private mutating func labelHintAndError(_ name: String, label: String, hint: String?, errors: [FieldError]) -> (error: String?, describedBy: [String]) {
        let error = errors.first { $0.questionID == name }?.message
        out.raw(error == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n")
        out.raw("<label class=\"label\""); out.attribute("for", name); out.raw(">"); out.text(label); out.raw("</label>\n")
        var describedBy: [String] = []
        if let hint {
            out.raw("<div"); out.attribute("id", "\(name)-hint"); out.raw(" class=\"hint\">"); out.text(hint); out.raw("</div>\n")
            describedBy.append("\(name)-hint")
        }
        if let error {
            out.raw("<p"); out.attribute("id", "\(name)-error"); out.raw(" class=\"error-message\"><span class=\"visually-hidden\">")
            out.text(Phrase.errorLabel(language)); out.raw("</span> "); out.text(error); out.raw("</p>\n")
            describedBy.append("\(name)-error")
        }
        return (error, describedBy)
    }

    /// A labelled text input with its hint and error, as the journey's questions are drawn.
    public mutating func input(
        _ name: String, label: String, type: String = "text", value: String = "", hint: String? = nil,
        autocomplete: String? = nil, errors: [FieldError] = [], width: String? = nil, inputmode: String? = nil
    ) {
        let (error, describedBy) = labelHintAndError(name, label: label, hint: hint, errors: errors)
        out.raw("<input"); out.attribute("class", "input" + (width.map { " \($0)" } ?? "") + (error == nil ? "" : " input-error"))
        out.attribute("id", name); out.attribute("name", name); out.attribute("type", type)
        if type != "password" { out.attribute("value", value) }
        if let autocomplete { out.attribute("autocomplete", autocomplete) }
        if let inputmode { out.attribute("inputmode", inputmode) }
        if type == "email" || type == "password" { out.raw(" spellcheck=\"false\" autocapitalize=\"none\"") }
        if !describedBy.isEmpty { out.attribute("aria-describedby", describedBy.joined(separator: " ")) }
        out.raw(">\n</div>\n")
    }

    /// A labelled file input with its hint and error (the form must be opened with `multipart`).
    public mutating func fileUpload(_ name: String, label: String, hint: String? = nil, accept: String? = nil, errors: [FieldError] = []) {
        let (error, describedBy) = labelHintAndError(name, label: label, hint: hint, errors: errors)
        out.raw("<input"); out.attribute("class", "file-upload" + (error == nil ? "" : " input-error"))
        out.attribute("id", name); out.attribute("name", name); out.raw(" type=\"file\"")
        if let accept { out.attribute("accept", accept) }
        if !describedBy.isEmpty { out.attribute("aria-describedby", describedBy.joined(separator: " ")) }
        out.raw(">\n</div>\n")
    }

    /// A labelled textarea with its hint and error.
    public mutating func textarea(_ name: String, label: String, value: String = "", hint: String? = nil, errors: [FieldError] = [], rows: Int = 4) {
        let (error, describedBy) = labelHintAndError(name, label: label, hint: hint, errors: errors)
        out.raw("<textarea"); out.attribute("class", "textarea" + (error == nil ? "" : " input-error"))
        out.attribute("id", name); out.attribute("name", name); out.attribute("rows", String(rows))
        if !describedBy.isEmpty { out.attribute("aria-describedby", describedBy.joined(separator: " ")) }
        out.raw(">"); out.text(value); out.raw("</textarea>\n</div>\n")
    }

    /// Radios or checkboxes in a fieldset.
    public mutating func choices(
        _ name: String, legend: String, options: [(value: String, label: String)], selected: Set<String>,
        multiple: Bool = false, hint: String? = nil, errors: [FieldError] = []
    ) {
        let error = errors.first { $0.questionID == name }?.message
        out.raw(error == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n")
        out.raw("<fieldset class=\"fieldset\""); out.attribute("id", "\(name)-fieldset")
        var describedBy: [String] = []
        if hint != nil { describedBy.append("\(name)-hint") }
        if error != nil { describedBy.append("\(name)-error") }
        if !describedBy.isEmpty { out.attribute("aria-describedby", describedBy.joined(separator: " ")) }
        out.raw(">\n<legend class=\"fieldset-legend fieldset-legend-m\">"); out.text(legend); out.raw("</legend>\n")
        if let hint { out.raw("<div"); out.attribute("id", "\(name)-hint"); out.raw(" class=\"hint\">"); out.text(hint); out.raw("</div>\n") }
        if let error {
            out.raw("<p"); out.attribute("id", "\(name)-error"); out.raw(" class=\"error-message\"><span class=\"visually-hidden\">")
            out.text(Phrase.errorLabel(language)); out.raw("</span> "); out.text(error); out.raw("</p>\n")
        }
        let kind = multiple ? "checkboxes" : "radios"
        out.raw("<div class=\"\(kind)\">\n")
        for (index, option) in options.enumerated() {
            let id = index == 0 ? name : "\(name)-\(index + 1)"
            out.raw("<div class=\"\(kind)-item\"><input class=\"\(kind)-input\""); out.attribute("id", id); out.attribute("name", name)
            out.attribute("type", multiple ? "checkbox" : "radio"); out.attribute("value", option.value)
            if selected.contains(option.value) { out.raw(" checked") }
            out.raw("><label class=\"label \(kind)-label\""); out.attribute("for", id); out.raw(">"); out.text(option.label); out.raw("</label></div>\n")
        }
        out.raw("</div>\n</fieldset>\n</div>\n")
    }

    public mutating func button(_ text: String, secondary: Bool = false, warning: Bool = false, name: String? = nil, value: String? = nil) {
        let classes = "button" + (secondary ? " button-secondary" : "") + (warning ? " button-warning" : "")
        out.raw("<button type=\"submit\""); out.attribute("class", classes)
        if let name { out.attribute("name", name) }
        if let value { out.attribute("value", value) }
        out.raw(">"); out.text(text); out.raw("</button>\n")
    }

    /// A button that goes to another page (a form sent with GET, so it works without JavaScript), for an action that
    /// asks first on a page of its own.
    public mutating func getButton(_ text: String, action: String, warning: Bool = false) {
        out.raw("<form method=\"get\""); out.attribute("action", action); out.raw(">\n")
        button(text, warning: warning)
        out.raw("</form>\n")
    }

    /// A GOV.UK summary list: key, value and an optional action link per row.
    public mutating func summaryList(_ rows: [(key: String, value: String, action: (text: String, href: String)?)]) {
        out.raw("<dl class=\"summary-list\">\n")
        for row in rows {
            out.raw("<div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); out.text(row.key)
            out.raw("</dt><dd class=\"summary-list-value\">"); out.text(row.value); out.raw("</dd>")
            if let action = row.action {
                out.raw("<dd class=\"summary-list-actions\"><a class=\"link\""); out.attribute("href", action.href); out.raw(">")
                out.text(action.text); out.raw("<span class=\"visually-hidden\"> "); out.text(row.key); out.raw("</span></a></dd>")
            }
            out.raw("</div>\n")
        }
        out.raw("</dl>\n")
    }

    /// A table with a caption; the first column is the row's header. Cells with a link are (text, href).
    /// A wide table scrolls inside its own region rather than making the whole page scroll sideways on a narrow
    /// screen; the region takes the keyboard focus (so it can be scrolled without a mouse) and is named by the caption.
    mutating func tableScrollStart(label: String) {
        out.raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""); out.attribute("aria-label", label); out.raw(">\n")
    }

    public mutating func table(caption: String, headers: [String], rows: [[(text: String, href: String?)]]) {
        tableScrollStart(label: caption)
        out.raw("<table class=\"table\">\n<caption class=\"table-caption\">"); out.text(caption); out.raw("</caption>\n<thead><tr>")
        for header in headers { out.raw("<th scope=\"col\" class=\"table-header\">"); out.text(header); out.raw("</th>") }
        out.raw("</tr></thead>\n<tbody>\n")
        for row in rows {
            out.raw("<tr>")
            for (index, cell) in row.enumerated() {
                out.raw(index == 0 ? "<th scope=\"row\" class=\"table-cell\">" : "<td class=\"table-cell\">")
                if let href = cell.href {
                    out.raw("<a class=\"link\""); out.attribute("href", href); out.raw(">"); out.text(cell.text); out.raw("</a>")
                } else {
                    out.text(cell.text)
                }
                out.raw(index == 0 ? "</th>" : "</td>")
            }
            out.raw("</tr>\n")
        }
        out.raw("</tbody>\n</table>\n")
        out.raw("</div>\n")
    }

    public mutating func list(_ items: [String]) {
        out.raw("<ul class=\"list list-bullet\">\n")
        for item in items { out.raw("<li>"); out.text(item); out.raw("</li>\n") }
        out.raw("</ul>\n")
    }

    public mutating func links(_ items: [(text: String, href: String)]) {
        out.raw("<ul class=\"list\">\n")
        for item in items {
            out.raw("<li><a class=\"link\""); out.attribute("href", item.href); out.raw(">"); out.text(item.text); out.raw("</a></li>\n")
        }
        out.raw("</ul>\n")
    }
}
