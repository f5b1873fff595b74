/// The numeric limits of the definition format, in one place: the parser enforces them and
/// docs/service-definition.schema.json states them (a test holds the two together).
public enum DefinitionLimits {
    /// A choice with one option is not a choice.
    public static let minimumOptions = 2
    /// `max_size_mb` of a file question, in whole megabytes.
    public static let fileSizeMB = 1...20
    /// `places` of a decimal question.
    public static let decimalPlaces = 0...6
    /// `max` of a repeating page.
    public static let repeatMaximum = 1...50
    /// `nearby_reports` of a location question, in whole metres.
    public static let nearbyReportsMetres = 1...1000
}
