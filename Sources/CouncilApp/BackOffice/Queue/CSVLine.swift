/// One line of a CSV file (RFC 4180), made safe to open in a spreadsheet: a cell a spreadsheet would read as a
/// formula (starting =, +, -, @, tab, carriage return or line feed) is prefixed with an apostrophe, so an applicant's
/// answer can never run as one on an officer's computer. Every test looks at unicode scalars, not Characters: Swift
/// reads "\r\n" as one Character, equal to neither "\r" nor "\n", and a cell holding it written unquoted would end
/// the row there and start a new one whose first cell escaped the apostrophe.
enum CSVLine {
    static func make(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]
    private static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]

    static func cell(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) { scalars.append("'") }
        var quoted = false
        for scalar in value.unicodeScalars {
            if needsQuotes.contains(scalar) { quoted = true }
            if scalar == "\"" { scalars.append("\"") }
            scalars.append(scalar)
        }
        let text = String(scalars)
        return quoted ? "\"" + text + "\"" : text
    }
}
