/// Something wrong in a service definition file, with where it is.
public struct DefinitionProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }

    /// The `FILE:LINE:COLUMN: message` form the CLI prints.
    public func formatted(file: String) -> String { "\(file):\(line):\(column): \(message)" }
}

/// Thrown when a definition cannot be published; carries every problem found, not just the first.
public struct DefinitionProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [DefinitionProblem]

    public init(_ problems: [DefinitionProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
