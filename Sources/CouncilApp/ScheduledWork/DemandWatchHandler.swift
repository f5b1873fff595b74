import Domain
import Foundation
import Jobs

/// `demand-watch`, hourly: checks yesterday (now complete) and today so far against `DemandRule`, stores each new
/// alert once per service, area and day, and emails the analysts. Today's count so far is set against the whole
/// day's threshold, so a morning that already exceeds it alerts at once and a partial day never alerts falsely.
///
/// The email holds only counts, service titles, ward names and a link: no personal data. It is rate-limited to one
/// per analyst per `emailWindowHours` (its idempotency key names the window); alerts raised later in the same
/// window are on `/analytics/alerts` and in the `onecouncil_demand_alerts_open` metric.
struct DemandWatchHandler: JobHandler {
    let alerts: any DemandAlertStore
    let queue: any JobQueue
    let staff: any StaffRepository
    let serviceTitles: @Sendable () async throws -> [String: String]
    let rule: DemandRule
    let publicURL: String
    let now: @Sendable () -> Date
    var emailWindowHours = 6
    /// The most alerts one email lists.
    var emailLines = 20

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        guard let period = job.payload["period"]?.stringValue, let today = CalendarDay(iso: period.prefix(10)) else {
            throw .permanent("no period day in the job")
        }
        let hour = Int(period.dropFirst(11).prefix(2)) ?? 0
        do {
            var found: [NewDemandAlert] = []
            for day in [today.adding(days: -1), today] {
                let counts = try await alerts.submissions(on: [day] + rule.historyDays(for: day))
                found += rule.alerts(on: day, counts: counts)
            }
            let raised = try await alerts.raise(found, at: now())
            guard !raised.isEmpty else { return "no new alerts (\(found.count) already raised)" }
            let analysts = try await staff.all().filter { !$0.disabled && $0.grants.contains { $0.role == .analyst } }
            let window = "\(today.iso)T\(hour / max(1, emailWindowHours))"
            var emails: [NewBackgroundJob] = []
            for member in analysts {
                // An analyst granted some services hears about those only.
                let scope = StaffAccess(grants: member.grants).analyticsServices
                let theirs = raised.filter { scope?.contains($0.serviceSlug) ?? true }
                guard !theirs.isEmpty else { continue }
                let message = try await email(theirs)
                emails.append(NewBackgroundJob(
                    topic: "email", reference: "demand-watch:\(today.iso)",
                    payload: ["to": .string(member.email), "subject": .string(message.subject), "body": .string(message.body),
                              "template": .string("demand-alerts")],
                    idempotencyKey: "demand-alerts:\(member.id):\(window)", availableAt: now()
                ))
            }
            let sent = try await queue.enqueue(emails, now: now())
            return "\(raised.count) new alerts, \(sent.count) of \(analysts.count) analysts emailed"
        } catch {
            throw .temporary("could not check demand: \(error)")
        }
    }

    private func email(_ raised: [DemandAlert]) async throws -> (subject: String, body: String) {
        let titles = try await serviceTitles()
        let areas = try await alerts.areaNames()
        let lines = raised.prefix(emailLines).map { alert in
            "- \(titles[alert.serviceSlug] ?? alert.serviceSlug) in \(areas[alert.area] ?? alert.area) on "
                + "\(AppointmentText.day(CalendarDay(dayNumber: alert.day), .en)): \(alert.observed) requests, usually "
                + "\(String(format: "%.1f", alert.expected)) (alert at \(alert.threshold))"
        }
        var body = "Demand is well above its usual level:\n\n" + lines.joined(separator: "\n") + "\n\n"
        if raised.count > emailLines { body += "and \(raised.count - emailLines) more.\n\n" }
        body += "See and acknowledge them at \(publicURL)/analytics/alerts\n"
        let subject = raised.count == 1 ? "Demand alert: 1 service and area above its usual level"
            : "Demand alert: \(raised.count) services and areas above their usual level"
        return (subject, body)
    }
}
