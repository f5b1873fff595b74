import Domain

/// A declaration: one tick box whose label is the statement confirmed, with its hint and error (GOV.UK single checkbox).
enum DeclarationHTML {
    static func render(_ question: Question, ticked: Bool, errors: [FieldError], language: Language) -> String {
        let id = question.id
        let error = errors.first { $0.questionID == id }?.message
        var describedBy: [String] = []
        if question.hint != nil { describedBy.append("\(id)-hint") }
        if error != nil { describedBy.append("\(id)-error") }
        var out = HTMLWriter(capacity: 512)
        out.raw(error == nil ? "<div class=\"form-group\">\n" : "<div class=\"form-group form-group-error\">\n")
        if let hint = question.hint {
            out.raw("<div"); out.attribute("id", "\(id)-hint"); out.raw(" class=\"hint\">"); out.text(hint.text(language)); out.raw("</div>\n")
        }
        if let error {
            out.raw("<p"); out.attribute("id", "\(id)-error"); out.raw(" class=\"error-message\"><span class=\"visually-hidden\">")
            out.text(Phrase.errorLabel(language)); out.raw("</span> "); out.text(error); out.raw("</p>\n")
        }
        out.raw("<div class=\"checkboxes\">\n<div class=\"checkboxes-item\">\n<input class=\"checkboxes-input\"")
        out.attribute("id", id); out.attribute("name", id); out.raw(" type=\"checkbox\" value=\"yes\"")
        if ticked { out.raw(" checked") }
        if !describedBy.isEmpty { out.attribute("aria-describedby", describedBy.joined(separator: " ")) }
        out.raw(">\n<label class=\"label checkboxes-label\""); out.attribute("for", id); out.raw(">")
        out.text(question.label.text(language)); out.raw("</label>\n</div>\n</div>\n</div>\n")
        return out.html
    }
}
