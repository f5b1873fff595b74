import Domain

/// A definition brought in from another form builder, with what could not be carried as it was.
public struct ImportResult: Sendable, Equatable {
    public var definition: ServiceDefinition
    public var notes: [ImportNote]

    public init(definition: ServiceDefinition, notes: [ImportNote]) {
        self.definition = definition
        self.notes = notes
    }
}

/// What happened to one element of the source: where it is there, and what was done instead of carrying it as it was.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    /// Where the element is in the source: a JSON path like `steps[3].routing_conditions[0]`, or `FILE: path` in a ZIP.
    public var location: String
    public var message: String

    public init(_ location: String, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
