import Foundation

/// Fills a template's `((fields))` with values, as plain text.
///
/// Values are substituted once, never re-read as template text, so an answer containing `((reference))` stays as
/// typed. They are kept to one line (officers' reasons and questions keep their paragraphs), without control
/// characters, and square brackets read as round ones: the generic Notify template formats `((body))` as Markdown-like
/// text, and a citizen's answer must not become a heading or a link in a council email.
/// A line whose fields are all empty is left out, and the blank lines around it close up.
public enum MessageRenderer {
    public static func render(_ template: TemplateText, _ values: [PersonalisationField: String]) -> String {
        var lines: [Line] = [Line()]
        for part in template.parts {
            switch part {
            case .literal(let text):
                let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
                lines[lines.count - 1].text += pieces[0]
                for piece in pieces.dropFirst() { lines.append(Line(text: String(piece))) }
            case .field(let field):
                let value = plain(values[field] ?? "", keepingLineBreaks: field.keepsLineBreaks)
                lines[lines.count - 1].fields += 1
                guard !value.isEmpty else {
                    lines[lines.count - 1].hasEmptyField = true
                    continue
                }
                lines[lines.count - 1].filled += 1
                let pieces = value.split(separator: "\n", omittingEmptySubsequences: false)
                lines[lines.count - 1].text += pieces[0]
                for piece in pieces.dropFirst() { lines.append(Line(text: String(piece), fields: 1, filled: 1)) }
            }
        }
        let kept = lines.filter { $0.fields == 0 || $0.filled > 0 }.map { $0.hasEmptyField ? tidied($0.text) : $0.text }
        var out: [String] = []
        for line in kept.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            // One blank line between paragraphs, however many lines were left out between them.
            if line.isEmpty, out.last?.isEmpty ?? true { continue }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n")
    }

    private struct Line {
        var text = ""
        var fields = 0
        var filled = 0
        var hasEmptyField = false
    }

    /// A value as it may appear in a message.
    static func plain(_ value: String, keepingLineBreaks: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\n": scalars.append(keepingLineBreaks ? "\n" : " ")
            case "[": scalars.append("(")
            case "]": scalars.append(")")
            case "\t", "\r": scalars.append(" ")
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { continue }
                scalars.append(scalar)
            }
        }
        let text = String(scalars)
        guard keepingLineBreaks else { return text.collapsingSpaces() }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).collapsingSpaces() }
            .joined(separator: "\n")
            .replacingOccurrences(of: #"\n{3,}"#, with: "\n\n", options: .regularExpression)
    }

    /// A line that lost a field: no dangling comma before punctuation or the end, no double spaces.
    private static func tidied(_ line: String) -> String {
        line.replacingOccurrences(of: #",\s*(?=[.,;:)]|$)"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #" {2,}"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #" +(?=[.,;:])"#, with: "", options: .regularExpression)
    }
}

private extension String {
    func collapsingSpaces() -> String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
