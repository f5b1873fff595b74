/// RFC 4180 records with where each field starts, so a problem can be named by line and column.
struct CSVRecords {
    struct Field {
        var text: String
        var column: Int
    }

    struct Record {
        var line: Int
        var fields: [Field]
    }

    struct Unterminated: Error {
        var line: Int
        var column: Int
    }

    /// Splits the text into records; a quoted field may hold commas, doubled quotes and line breaks. Blank lines are
    /// skipped. Columns count characters from 1.
    static func read(_ text: String) throws(Unterminated) -> [Record] {
        var records: [Record] = []
        var fields: [Field] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var recordLine = 1, fieldColumn = 1
        var quoted = false, inQuotes = false, afterQuote = false
        var quoteLine = 1, quoteColumn = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0

        func endField() {
            fields.append(Field(text: String(field), column: fieldColumn))
            field = String.UnicodeScalarView()
            quoted = false
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].text.isEmpty && !quoted) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    field.append(scalar)
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoted = true
                quoteLine = line
                quoteColumn = column
                column += 1
            case ",":
                endField()
                column += 1
                fieldColumn = column
            case "\r":
                column += 1
            case "\n":
                endRecord()
                line += 1
                column = 1
                recordLine = line
                fieldColumn = 1
            default:
                field.append(scalar)
                column += 1
            }
        }
        if inQuotes { throw Unterminated(line: quoteLine, column: quoteColumn) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
