import Domain

extension ActiveJourney {
    /// The journey's channel: the one the member of staff chose for an assisted journey, otherwise online.
    var channel: Channel { state.assisted?.channel ?? .online }
}

extension AppServices {
    /// Counts `measure` today for this journey's service and version, on its channel, in the page's language.
    func count(_ measure: Measure, _ journey: ActiveJourney, detail: String = "", language: Language) {
        count(measure, service: journey.service, channel: journey.channel, detail: detail, language: language)
    }

    func count(_ measure: Measure, service: PublishedService, channel: Channel, detail: String = "", language: Language) {
        measures.record(MeasureKey(day: today().dayNumber, service: service.slug, version: service.version, channel: channel,
                                   language: language, measure: measure, detail: detail))
    }

    /// One `error` count per field error shown, by question and check.
    func countErrors(_ errors: [FieldError], _ journey: ActiveJourney, language: Language) {
        for error in errors { count(.error, journey, detail: MeasureKey.errorDetail(error), language: language) }
    }
}
