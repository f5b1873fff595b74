/// One line of a CSV file (RFC 4180), made safe to open in a spreadsheet: a cell a spreadsheet would read as a
/// formula (starting =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so an applicant's answer can
/// never run as one on an officer's computer.
enum CSVLine {
    static func make(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
