/// Input an importer cannot read: not JSON, not the shape of its format, or a required part missing.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the source: a JSON path such as `steps[2].data.answer_type`, `LINE:COLUMN` for a JSON syntax error,
    /// or `FILE: path` inside a ZIP.
    public var location: String
    public var message: String

    public init(_ location: String, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}
