import Foundation
import Yams

/// Says what a YAML syntax error means for someone writing a service definition, and how to fix it, instead of the
/// parser's own words ("did not find expected key while parsing a block mapping").
enum YAMLSyntaxMessage {
    static func problem(from error: YamlError) -> DefinitionProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return DefinitionProblem(line: mark.line, column: mark.column,
                                     message: "YAML syntax error: " + message(problem: problem, context: context?.text, contextLine: context?.mark.line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DefinitionProblem(line: context.mark.line, column: context.mark.column,
                                     message: "a key appears twice in the same mapping: \(duplicates.joined(separator: ", ")); keep one")
        default:
            return DefinitionProblem(line: 1, column: 1, message: "the file could not be read as YAML (\(error))")
        }
    }

    /// libyaml's problem (and the construct it was reading) in the author's terms.
    static func message(problem: String, context: String?, contextLine: Int?) -> String {
        let started = contextLine.map { " (it starts on line \($0))" } ?? ""
        switch problem {
        case "did not find expected key":
            return "the indentation of this line does not match the lines above it: keys of one mapping must start in the same column\(started)"
        case "did not find expected '-' indicator":
            return "the indentation of this line does not match the list above it: every item of a list starts with \"- \" in the same column\(started)"
        case "mapping values are not allowed in this context":
            return "a colon followed by a space starts a new key, which cannot go here: if it belongs to a text, put the whole text in quotes, like "
                + "label: \"Note: this\"; if it is a key, its indentation does not match the lines above it"
        case "could not find expected ':'":
            return "this line is not a key with a value: write key: value, or, if it continues the text of the line above, put that text in quotes or use | for several lines"
        case "did not find expected ',' or '}'":
            return "a {…} mapping is not closed properly: text with a comma or colon inside {…} must be in quotes, like {en: \"Yes, please\", gd: \"…\"}"
        case "did not find expected ',' or ']'":
            return "a […] list is not closed properly: text with a comma or colon inside […] must be in quotes, like [\"a, b\", c]"
        case "found character that cannot start any token":
            return "this character cannot start a value here (a tab, or a character such as @ or `): indent with spaces, not tabs, and put text that starts with such a character in quotes"
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return "a tab is used for indentation: YAML needs spaces"
        case "found unexpected end of stream":
            return "a quoted text is not closed\(started): add the closing quote"
        case "did not find expected node content":
            return "a value is missing here: write a value after the key, or put text that starts with a special character in quotes"
        case "block sequence entries are not allowed in this context":
            return "a list item (\"- \") cannot go here: a list goes on the lines below its key, indented, or the indentation of this line does not match the lines above it"
        case "found undefined tag handle", "found unknown escape character", "found unexpected ':'":
            return "this text needs quotes, or has a quote or backslash that needs care: write it in double quotes and write \\\" for a quote inside it"
        default:
            let detail = context.map { "\(problem) \($0)" } ?? problem
            return "the file is not valid YAML here (\(detail)); check the indentation against the lines above and put text with special characters (: # { } [ ] , & * ! | > ' \" % @ `) in quotes"
        }
    }
}
