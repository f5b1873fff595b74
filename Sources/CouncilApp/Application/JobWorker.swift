import AsyncHTTPClient
import Domain
import Foundation
import Integrations
import Jobs
import Logging
import Persistence

/// The background worker with a handler for every job topic this release runs.
public func jobWorker(_ configuration: AppConfiguration, database: Database, httpClient: HTTPClient, logger: Logger,
                      metrics: JobMetrics? = nil, now: @escaping @Sendable () -> Date = Date.init) -> JobWorker {
    jobWorker(configuration, database: database, httpClient: httpClient, logger: logger, metrics: metrics, clock: CouncilClock(now: now))
}

/// The background worker, on the application's clock.
public func jobWorker(_ configuration: AppConfiguration, database: Database, httpClient: HTTPClient, logger: Logger,
                      metrics: JobMetrics?, clock: CouncilClock) -> JobWorker {
    let now = clock.now
    let notify = configuration.notify.map { NotifyClient(key: $0.apiKey, baseURL: $0.baseURL, httpClient: httpClient, now: now) }
    let catalogue = ServiceCatalogue(repository: SQLServiceRepository(database: database),
                                     lifecycle: SQLServiceLifecycleStore(database: database), now: now)
    let messages = NotificationMessages(catalogue: catalogue, submissions: SQLSubmissionRepository(database: database),
                                        publicURL: configuration.publicURL)
    let deliveries = SQLDeliveryLog(database: database)
    let delivery = MessageDeliveryHandler(
        notify: notify, settings: configuration.notify, messages: messages, deliveries: deliveries, now: now, logger: logger
    )
    let webhooks = SQLWebhookRepository(database: database)
    var handlers: [String: any JobHandler] = [
        "email": delivery, "notification": delivery,
        "event": EventFanOutHandler(webhooks: webhooks, now: now),
        "webhook": WebhookDeliveryHandler(webhooks: webhooks, http: httpClient, now: now),
        "password-reset": PasswordResetRequestHandler(
            citizens: SQLCitizenAccountRepository(database: database), links: SQLOneTimeLinkRepository(database: database),
            emails: SQLEmailOutbox(database: database), audit: SQLAuditLog(database: database), publicURL: configuration.publicURL, now: now
        ),
    ]
    handlers.merge(ScheduledWork.handlers(configuration, database: database, notify: notify, deliveries: deliveries, catalogue: catalogue, now: now),
                   uniquingKeysWith: { first, _ in first })
    return JobWorker(queue: SQLJobQueue(database: database), handlers: handlers, concurrency: configuration.jobConcurrency,
                     logger: logger, metrics: metrics, now: now)
}
