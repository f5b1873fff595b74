import Domain
import Foundation
import Views

/// A dashboard's filter as it travels in the address: the period (default the last 28 days up to today), a service,
/// an area and a channel, checked against what this person may see. A service outside an analyst's grants, or an
/// area or channel not offered, is a problem reported on the form, never a wider view.
struct AnalyticsFilter: Sendable {
    static let defaultDays = 28
    /// About three years: longer periods are for the open data files, not a dashboard.
    static let longestDays = 1_100

    var from = ""
    var to = ""
    var service = ""
    var area = ""
    var channel = ""
    private(set) var errors: [FieldError] = []
    /// The period asked for; nil when the filter has problems.
    private(set) var period: (from: CalendarDay, to: CalendarDay)?
    /// The services whose counters are read: the one chosen, or every service this person may see (nil: all).
    private(set) var services: [String]?

    /// `allowed`: the services this person may see (nil: every service); `offered`: those the form lists.
    init(fields: [String: [String]], today: CalendarDay, allowed: Set<String>?, offered: [ServiceChoice], areas: [AnalyticsArea],
         language: Language) {
        let one = { (name: String) in fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        from = one("from")
        to = one("to")
        service = one("service")
        area = one("area")
        channel = one("channel")
        var errors: [FieldError] = []
        let fromDay = from.isEmpty ? nil : CalendarDay(iso: from)
        let toDay = to.isEmpty ? nil : CalendarDay(iso: to)
        if !from.isEmpty, fromDay == nil { errors.append(FieldError(questionID: "from", message: Phrase.anErrorFrom(language))) }
        if !to.isEmpty, toDay == nil { errors.append(FieldError(questionID: "to", message: Phrase.anErrorTo(language))) }
        let end = toDay ?? today
        let start = fromDay ?? end.adding(days: 1 - Self.defaultDays)
        if errors.isEmpty, end < start {
            errors.append(FieldError(questionID: "to", message: Phrase.anErrorToBeforeFrom(language)))
        } else if errors.isEmpty, end.dayNumber - start.dayNumber + 1 > Self.longestDays {
            errors.append(FieldError(questionID: "from", message: Phrase.anErrorTooLong(Self.longestDays)(language)))
        }
        if !service.isEmpty, !offered.contains(where: { $0.slug == service }) || allowed.map({ !$0.contains(service) }) == true {
            errors.append(FieldError(questionID: "service", message: Phrase.anErrorService(language)))
        }
        if !area.isEmpty, !areas.contains(where: { $0.code == area }) {
            errors.append(FieldError(questionID: "area", message: Phrase.anErrorArea(language)))
        }
        if !channel.isEmpty, Channel(rawValue: channel) == nil {
            errors.append(FieldError(questionID: "channel", message: Phrase.anErrorChannel(language)))
        }
        self.errors = errors
        if errors.isEmpty { period = (start, end) }
        services = service.isEmpty ? allowed.map { $0.sorted() } : [service]
    }

    var days: ClosedRange<Int>? { period.map { $0.from.dayNumber...$0.to.dayNumber } }

    /// The filter's own fields, for links between dashboards and to the downloads.
    var query: String {
        [("from", from), ("to", to), ("service", service), ("area", area), ("channel", channel)]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0)=\(AnalyticsFilterForm.encode($0.1))" }
            .joined(separator: "&")
    }

    func form(services: [ServiceChoice], areas: [AnalyticsArea], showsChannel: Bool) -> AnalyticsFilterForm {
        AnalyticsFilterForm(from: from.isEmpty ? period?.from.iso ?? "" : from, to: to.isEmpty ? period?.to.iso ?? "" : to,
                            service: service, area: area, channel: showsChannel ? channel : "", services: services, areas: areas,
                            showsChannel: showsChannel, errors: errors, query: query)
    }

    /// The selection of counters for these measures, narrowed by the filter (the channel only where `byChannel`).
    func selection(_ measures: [String], days: ClosedRange<Int>, byChannel: Bool = false) -> MeasureSelection {
        MeasureSelection(days: days, measures: measures, services: services, channels: byChannel && !channel.isEmpty ? [channel] : nil,
                         area: area.isEmpty ? nil : area)
    }
}
