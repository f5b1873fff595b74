import Domain
import Foundation
import Integrations
import Jobs
import Persistence

extension ScheduledWork {
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
            "demand-watch": DemandWatchHandler(
                alerts: SQLDemandAlerts(database: database), queue: queue, staff: SQLStaffRepository(database: database),
                serviceTitles: { Dictionary(try await catalogue.current().map { ($0.slug, $0.definition.title.text(.en)) }, uniquingKeysWith: { a, _ in a }) },
                rule: configuration.demandRule, publicURL: configuration.publicURL, now: now
            ),
        ]
        if let notify { handlers["delivery-status"] = DeliveryStatusPoller(notify: notify, deliveries: deliveries, now: now) }
        return handlers
    }
}
