import Domain

extension PageParts {
    /// Paragraphs and bulleted lists of a body text as the service designer wrote it (start page, guidance, next steps).
    mutating func blocks(_ text: String?) {
        guard let text else { return }
        BlocksHTML.write(text, to: &out)
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
