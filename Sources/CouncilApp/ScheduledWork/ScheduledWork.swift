import Domain
import Foundation
import Integrations
import Jobs
import Persistence

/// The scheduled tasks this release runs, and their handlers. Times are council time (Europe/London).
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
        ]
        if notify {
            tasks.append(ScheduledTask(topic: "delivery-status", period: .minutes(10),
                                       summary: "Asks GOV.UK Notify about messages with no delivery status after 10 minutes"))
        }
        return tasks
    }

    static func handlers(_ configuration: AppConfiguration, database: Database, notify: NotifyClient?, deliveries: any DeliveryLog,
                         catalogue: ServiceCatalogue, now: @escaping @Sendable () -> Date) -> [String: any JobHandler] {
        let work = SQLScheduledWork(database: database)
        let queue = SQLJobQueue(database: database)
        var policy = configuration.retention
        let timeouts = configuration.sessionTimeouts
        policy.sessionLimits = ["citizen": (timeouts.citizenIdle, timeouts.citizenAbsolute), "staff": (timeouts.staffIdle, timeouts.staffAbsolute)]
        var handlers: [String: any JobHandler] = [
            "expiry": RetentionHandler(scope: .expiredCredentials, work: work, policy: policy, now: now),
            "retention": RetentionHandler(scope: .oldRecords, work: work, policy: policy, now: now),
            "target-warnings": TargetWarningHandler(work: work, queue: queue, staff: SQLStaffRepository(database: database),
                                                    calendar: configuration.calendar, publicURL: configuration.publicURL, now: now),
            "reminders": ReminderHandler(work: work, queue: queue, catalogue: catalogue, now: now),
        ]
        if let notify { handlers["delivery-status"] = DeliveryStatusPoller(notify: notify, deliveries: deliveries, now: now) }
        return handlers
    }
}
