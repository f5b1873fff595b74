import Domain

/// Words the definition format's newer question shapes put on citizen pages.
extension Phrase {
    /// Between the options of a tick-box question and its exclusive "None of these".
    public static let journeyOr = Phrase(en: "or", gd: "no")
}
