/// What is wrong with an areas file, where: `FILE:LINE:COLUMN: message`, in the terms of the file's author.
public struct AreaFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Every problem found in one file (reading stops after `limit` of them); nothing is imported while there are any.
public struct AreaFileProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [AreaFileProblem]
    static let limit = 20

    public init(_ problems: [AreaFileProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Line and column (1-based, counting characters, not bytes) of a byte offset in UTF-8 text.
func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1, column = 1
    for byte in bytes.prefix(offset) {
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }
    return (line, column)
}
