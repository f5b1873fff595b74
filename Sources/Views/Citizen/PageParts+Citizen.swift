import Domain

extension PageParts {
    /// Paragraphs and bulleted lists of a body text as the service designer wrote it (start page, guidance, next steps).
    mutating func blocks(_ text: String?) {
        guard let text else { return }
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

    /// The lines of an answer, each ended by a line break, as the summary lists show them.
    mutating func answerLines(_ lines: [String]) {
        for line in lines { out.text(line); out.raw("<br>") }
    }

    /// A paragraph holding one plain link (the journey's links carry no class, as they always have).
    mutating func plainLink(_ text: String, href: String) {
        out.raw("<p class=\"body\"><a"); out.attribute("href", href); out.raw(">"); out.text(text); out.raw("</a></p>\n")
    }
}
