/// What the platform counts as it runs (docs/analytics.md, "Measures"). The raw values are the `measure` column of
/// `measure_counts`; dashboards, open data and the early warning read them by these names.
public enum Measure: String, Sendable, CaseIterable, Codable {
    /// A journey starts (detail '').
    case started
    /// A page is answered for the first time in a journey (detail: the page id): the funnel.
    case page
    /// A question page is shown (detail: the page id).
    case view
    /// An exit page is shown (detail: the page id).
    case exit
    /// A page's answer fails a check, once per field error (detail: `questionID:code`).
    case error
    /// A journey is saved for later (detail '').
    case saved
    /// A submission is made, on any channel (detail '').
    case submitted
    /// A case first reaches a target state (detail: whole calendar days from received to then).
    case decided
    /// Decided on or before its due day (detail '').
    case inTarget = "in_target"
    /// Decided after its due day (detail '').
    case late
    /// Satisfaction feedback given (detail: the rating, 1 to 5).
    case feedback
    /// A citizen added themselves to a nearby existing report instead of making a new one (detail '').
    case duplicateJoined = "duplicate_joined"
}

/// One counter: a measure on a day, for a service's version, channel, language and area, with its detail.
public struct MeasureKey: Sendable, Hashable {
    /// The council's day (`CalendarDay.dayNumber`).
    public var day: Int
    public var service: String
    public var version: Int
    public var channel: Channel
    public var language: Language
    /// The area code ('' when unknown).
    public var area: String
    public var measure: Measure
    /// A page id, `questionID:code`, a rating or days taken; '' for measures with no detail.
    public var detail: String

    public init(day: Int, service: String, version: Int, channel: Channel, language: Language, area: String = "",
                measure: Measure, detail: String = "") {
        self.day = day
        self.service = service
        self.version = version
        self.channel = channel
        self.language = language
        self.area = area
        self.measure = measure
        self.detail = detail
    }

    /// The detail of an `error` count: which question and which check (`required`, `invalid`, ...).
    public static func errorDetail(_ error: FieldError) -> String { "\(error.questionID):\(error.code)" }
}
