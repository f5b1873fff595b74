import Domain
import Foundation

extension DemandAlertsPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.alertsTitle(language))
        if let acknowledged { page.notice(Phrase.alertsAcknowledgedNotice(acknowledged)(language)) }
        page.paragraph(Phrase.alertsRule(rule.weeks, rule.falseAlarm, rule.minimum, rule.ratio)(language))
        page.paragraph(Phrase.analyticsCountsOnly(language))
        let open = alerts.filter { $0.acknowledgedAt == nil }
        page.table(
            caption: Phrase.alertsCaption(alerts.count, open.count)(language),
            headers: [Phrase.alertsDay(language), Phrase.alertsService(language), Phrase.alertsArea(language), Phrase.alertsObserved(language),
                      Phrase.alertsExpected(language), Phrase.alertsThreshold(language), Phrase.alertsState(language)],
            rows: alerts.map { alert in [
                (AppointmentText.day(alert.day, language), nil), (alert.service, nil), (alert.area, nil), (String(alert.observed), nil),
                (String(format: "%.1f", alert.expected), nil), (String(alert.threshold), nil),
                (alert.acknowledgedAt.map { Phrase.alertsAcknowledgedOn(StaffDate.dayAndTime($0, language))(language) }
                    ?? Phrase.alertsRaisedOn(StaffDate.dayAndTime(alert.raisedAt, language))(language), nil),
            ] }
        )
        for alert in open {
            page.formStart(action: "/analytics/alerts/\(alert.id)/acknowledge", csrf: csrfToken)
            page.button(Phrase.alertsAcknowledge(alert.service, alert.area, AppointmentText.day(alert.day, language))(language), secondary: true)
            page.formEnd()
        }
    }
}
