import Domain
import Foundation
import Hummingbird
import Views

/// The administrator's view of background tasks: the queue by status, tasks that failed for good (retry or
/// discard), and the local outbox — every message the platform has sent or would send.
struct AdminJobsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var queue: any JobQueue { services.backgroundTasks }

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin").staffArea()
        admin.get("jobs", use: jobs)
        admin.post("jobs/{id}", use: act)
        admin.get("outbox", use: outbox)
    }

    @Sendable func jobs(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let counts = try await queue.counts()
        let wanted = request.uri.queryParameters.get("status").flatMap { BackgroundJobStatus(rawValue: String($0)) } ?? .dead
        let listed = try await queue.jobs(status: wanted, topics: nil, limit: 200)
        let tasks = ScheduledWork.tasks(notify: services.notifyConfigured)
        let lastRuns = Dictionary(try await queue.latest(topics: tasks.map(\.topic), perTopic: 1).map { ($0.topic, $0) }, uniquingKeysWith: { first, _ in first })
        let (session, cookie) = try await pages.browserSession(request, context.site)
        let scheduled = tasks.map { task in
            BackgroundTasksPage.ScheduledTask(
                topic: task.topic, period: task.periodDescription, summary: task.summary,
                lastRun: lastRuns[task.topic].map { run in
                    "\(run.reference): \(run.status.rawValue)" + ((run.lastError ?? run.result).map { " – \($0)" } ?? "")
                }
            )
        }
        return BackgroundTasksPage(
            layout: context.layout(title: Phrase.navBackgroundTasks(context.language), path: "/admin/jobs", keepQuery: "status=\(wanted.rawValue)"),
            csrfToken: session.csrfToken, counts: counts, scheduled: scheduled, status: wanted, listed: listed,
            done: request.uri.queryParameters.get("done").flatMap { BackgroundTasksPage.Done(rawValue: String($0)) }
        ).response(cookies: [cookie])
    }

    @Sendable func act(_ request: Request, context: StaffRequestContext) async throws -> Response {
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        let (form, _) = try await pages.postedForm(request, context.site)
        let action = form.value("action")
        let changed: Bool
        switch action {
        case "retry": changed = try await queue.retry(id, now: services.identity.now())
        case "discard": changed = try await queue.discard(id)
        default: throw HTTPError(.badRequest)
        }
        guard changed else { throw HTTPError(.notFound, message: "Only dead jobs can be retried or discarded.") }
        try await services.identity.record(context.site, action == "retry" ? .adminJobRetry : .adminJobDiscard, subject: "job:\(id)")
        return .seeOther("/admin/jobs?status=dead&done=\(action)")
    }

    @Sendable func outbox(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let jobs = try await queue.jobs(status: nil, topics: ["email", "notification"], limit: 100)
        try await services.identity.record(context.site, .adminOutboxViewed)
        // Each message is rendered as its task renders it, so the page shows exactly what was (or would be) sent.
        let composer = NotificationMessages(catalogue: services.catalogue, submissions: services.submissions, publicURL: services.identity.publicURL)
        var messages: [OutboxPage.Message] = []
        for job in jobs {
            let claimed = ClaimedJob(id: job.id, topic: job.topic, reference: job.reference, payload: job.payload, idempotencyKey: "", attempts: 0)
            let message = try await composer.message(for: claimed) { _ in true }
            let subject = message.map { $0.subject.isEmpty ? job.reference : $0.subject } ?? job.topic
            messages.append(OutboxPage.Message(
                createdAt: job.createdAt, to: [message?.to.email, message?.to.phone].compactMap { $0 }, subject: subject, status: job.status,
                email: message?.to.email == nil ? nil : message?.body, sms: message?.to.phone == nil ? nil : message?.sms
            ))
        }
        return OutboxPage(layout: context.layout(title: Phrase.navOutbox(context.language), path: "/admin/outbox"),
                          notifyConfigured: services.notifyConfigured, messages: messages).response()
    }
}
