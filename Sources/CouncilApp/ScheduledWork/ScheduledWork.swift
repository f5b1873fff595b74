import Domain
import Foundation

/// The scheduled tasks this release runs (their handlers are wired in Application/ScheduledWork+handlers.swift). Times are council time (Europe/London).
enum ScheduledWork {
    static func tasks(notify: Bool) -> [ScheduledTask] {
        var tasks = [
            ScheduledTask(topic: "expiry", period: .hourly,
                          summary: "Deletes sign-in sessions past their limits, used or expired links, old sign-in failure counts, API idempotency keys past 24 hours"),
            ScheduledTask(topic: "retention", period: .daily(hour: 2),
                          summary: "Deletes old unsent forms and their files, browser sessions, finished jobs and delivery logs"),
            ScheduledTask(topic: "target-warnings", period: .daily(hour: 7),
                          summary: "Flags cases due by the next working day or overdue, and emails each assignee a list"),
            ScheduledTask(topic: "reminders", period: .daily(hour: 9),
                          summary: "Reminds applicants of appointments booked for tomorrow"),
            ScheduledTask(topic: "demand-watch", period: .hourly,
                          summary: "Raises an alert when demand for a service in an area, yesterday or today so far, is well above its usual level, and emails the analysts"),
        ]
        if notify {
            tasks.append(ScheduledTask(topic: "delivery-status", period: .minutes(10),
                                       summary: "Asks GOV.UK Notify about messages with no delivery status after 10 minutes"))
        }
        return tasks
    }
}
