import Domain

/// The body of a question page: error summary, form, caption, heading, guidance, questions, Continue.
public struct QuestionPageModel {
    public var action: String
    public var csrfToken: String
    public var change: Bool
    public var multipart: Bool
    public var sectionTitle: String?
    /// Nil when the only question's label is the heading.
    public var heading: String?
    public var body: LocalisedText?
    public var questionsHTML: [String]
    public var errors: [FieldError]
    /// "Save and come back later".
    public var saveURL: String?

    public init(action: String, csrfToken: String, change: Bool, multipart: Bool, sectionTitle: String?, heading: String?, body: LocalisedText?, questionsHTML: [String], errors: [FieldError], saveURL: String? = nil) {
        self.saveURL = saveURL
        self.action = action
        self.csrfToken = csrfToken
        self.change = change
        self.multipart = multipart
        self.sectionTitle = sectionTitle
        self.heading = heading
        self.body = body
        self.questionsHTML = questionsHTML
        self.errors = errors
    }
}

public enum QuestionPageHTML {
    public static func render(_ model: QuestionPageModel, language: Language) -> String {
        var out = HTMLWriter(capacity: 4096)
        out.raw(ErrorSummaryHTML.render(model.errors, language: language))
        out.raw("<form method=\"post\""); out.attribute("action", model.action); out.raw(" novalidate")
        if model.multipart { out.raw(" enctype=\"multipart/form-data\"") }
        out.raw(">\n  <input type=\"hidden\" name=\"_csrf\""); out.attribute("value", model.csrfToken); out.raw(">\n")
        if model.change { out.raw("  <input type=\"hidden\" name=\"change\" value=\"1\">\n") }
        if let caption = model.sectionTitle { out.raw("  <span class=\"caption-l\">"); out.text(caption); out.raw("</span>\n") }
        if let heading = model.heading { out.raw("  <h1 class=\"heading-l\">"); out.text(heading); out.raw("</h1>\n") }
        if let body = model.body { out.raw(BlocksHTML.render(body, language: language)) }
        for question in model.questionsHTML { out.raw(question) }
        out.raw("  <button type=\"submit\" class=\"button\" data-module=\"button\">")
        out.text(Phrase.`continue`(language))
        out.raw("</button>\n</form>\n")
        if let saveURL = model.saveURL {
            out.raw("<p class=\"body\"><a class=\"link\""); out.attribute("href", saveURL); out.raw(">")
            out.text(Phrase.saveForLater(language)); out.raw("</a></p>\n")
        }
        return out.html
    }
}

/// Paragraphs and bulleted lists of a body text.
public enum BlocksHTML {
    public static func render(_ text: LocalisedText, language: Language) -> String {
        var out = HTMLWriter(capacity: 512)
        write(text.text(language), to: &out)
        return out.html
    }

    static func write(_ text: String, to out: inout HTMLWriter) {
        for block in TextBlock.blocks(from: text) {
            switch block {
            case .paragraph(let paragraph):
                out.raw("<p class=\"body\">"); out.text(paragraph); out.raw("</p>\n")
            case .bullets(let items):
                out.raw("<ul class=\"list list-bullet\">")
                for item in items { out.raw("<li>"); out.text(item); out.raw("</li>") }
                out.raw("</ul>\n")
            }
        }
    }
}
