/// The answers of a submission as summary lists, one per section: the same rows check-answers shows, without
/// the Change links (sections as `AnswerSummary.sections` builds them). Used inside the case and account pages.
public enum AnswerSectionsHTML {
    public static func render(_ sections: [AnswerSection]) -> String {
        var out = HTMLWriter(capacity: 2048)
        for section in sections {
            out.raw("<h3 class=\"heading-s\">"); out.text(section.title); out.raw("</h3>\n<dl class=\"summary-list\">\n")
            for row in section.rows {
                out.raw("<div class=\"summary-list-row\"><dt class=\"summary-list-key\">"); out.text(row.key)
                out.raw("</dt><dd class=\"summary-list-value\">")
                for (index, line) in row.lines.enumerated() {
                    if index > 0 { out.raw("<br>") }
                    out.text(line)
                }
                out.raw("</dd></div>\n")
            }
            out.raw("</dl>\n")
        }
        return out.html
    }
}
