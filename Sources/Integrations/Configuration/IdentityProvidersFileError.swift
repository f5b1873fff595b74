/// Everything wrong with an identity providers file, each as `FILE:LINE:COLUMN: message`, in file order.
public struct IdentityProvidersFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) { self.problems = problems }

    public var description: String { problems.joined(separator: "\n") }
}
