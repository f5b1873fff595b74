import Foundation

/// The definition's body texts are plain paragraphs and "- " bullets; other builders write Markdown or HTML.
enum PlainText {
    /// Markdown as plain text, and whether anything beyond paragraphs and bullets (headings, links, emphasis) was
    /// simplified.
    static func fromMarkdown(_ markdown: String) -> (text: String, simplified: Bool) {
        var simplified = false
        var lines: [String] = []
        for rawLine in markdown.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n") {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") {
                line = String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                simplified = true
            }
            if line.hasPrefix("* ") || line.hasPrefix("+ ") {
                line = "- " + line.dropFirst(2)
            } else if let match = line.range(of: #"^[0-9]+\. "#, options: .regularExpression) {
                line = "- " + line[match.upperBound...]
                simplified = true
            }
            let unlinked = line.replacingOccurrences(of: #"\[([^\]]*)\]\(([^)]*)\)"#, with: "$1 ($2)", options: .regularExpression)
            let plain = unlinked.replacingOccurrences(of: #"(\*\*|__|\*|`)"#, with: "", options: .regularExpression)
            if plain != line { simplified = true }
            lines.append(plain)
        }
        return (tidy(lines.joined(separator: "\n")), simplified)
    }

    /// HTML (Form.io content, Open Forms templates) as plain paragraphs and bullets.
    static func fromHTML(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "\r\n", with: "\n")
        text = text.replacingOccurrences(of: #"(?i)<li[^>]*>"#, with: "\n- ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?i)<br\s*/?>"#, with: "\n", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?i)</(p|h[1-6]|div|ul|ol)>"#, with: "\n\n", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?i)<a [^>]*href="([^"]*)"[^>]*>([^<]*)</a>"#, with: "$2 ($1)", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\{%[^%]*%\}|\{\{[^}]*\}\}"#, with: "", options: .regularExpression)
        for (entity, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&rsquo;", "’"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return tidy(text)
    }

    /// Trimmed lines, bullets kept in their own paragraph, at most one blank line between paragraphs.
    static func tidy(_ text: String) -> String {
        var paragraphs: [[String]] = [[]]
        for line in text.components(separatedBy: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.isEmpty {
                if !(paragraphs.last ?? []).isEmpty { paragraphs.append([]) }
                continue
            }
            let isBullet = line.hasPrefix("- ")
            if let last = paragraphs.last?.last, last.hasPrefix("- ") != isBullet { paragraphs.append([]) }
            paragraphs[paragraphs.count - 1].append(line)
        }
        return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}
