import Domain
import Foundation
import Hummingbird
import Persistence
import Views

/// The administrator's view of background work: the queue by status, jobs that failed for good (retry or discard),
/// and the local outbox — every message the platform has sent or would send.
struct AdminJobsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var queue: any JobQueue { SQLJobQueue(database: services.database) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin").add(middleware: StaffAreaMiddleware())
        admin.get("jobs", use: jobs)
        admin.post("jobs/{id}", use: act)
        admin.get("outbox", use: outbox)
    }

    private func administrator(_ context: AppRequestContext) throws -> StaffMember {
        guard let staff = context.staff, staff.access.has(.administrator) else { throw HTTPError(.forbidden) }
        return staff
    }

    @Sendable func jobs(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        let counts = try await queue.counts()
        let wanted = request.uri.queryParameters.get("status").flatMap { BackgroundJobStatus(rawValue: String($0)) } ?? .dead
        let listed = try await queue.jobs(status: wanted, topics: nil, limit: 200)
        let tasks = ScheduledWork.tasks(notify: services.notifyConfigured)
        let lastRuns = Dictionary(try await queue.latest(topics: tasks.map(\.topic), perTopic: 1).map { ($0.topic, $0) }, uniquingKeysWith: { first, _ in first })
        let (session, cookie) = try await pages.browserSession(request, context)
        return pages.page(context, path: "/admin/jobs", title: "Background jobs", back: "/admin") { page in
            page.heading("Background jobs")
            if let done = request.uri.queryParameters.get("done") { page.notice(done == "retry" ? "The job is queued again." : "The job is discarded.") }
            page.table(caption: "Jobs by status", headers: ["Status", "Jobs"], rows: BackgroundJobStatus.allCases.map { status in
                [(status.rawValue, "/admin/jobs?status=\(status.rawValue)"), (String(counts[status] ?? 0), nil)]
            })
            page.subheading("Scheduled work")
            page.paragraph("Queued once per period by whichever server gets there first, then run by one worker.")
            page.table(caption: "Scheduled jobs and their last run", headers: ["Job", "When", "What it does", "Last run"], rows: tasks.map { task in
                let last = lastRuns[task.topic].map { run in
                    "\(run.reference): \(run.status.rawValue)" + ((run.lastError ?? run.result).map { " – \($0)" } ?? "")
                } ?? "Not yet"
                return [(task.topic, nil), (task.periodDescription, nil), (task.summary, nil), (last, nil)]
            })
            page.subheading("\(wanted.rawValue.capitalized) jobs")
            if listed.isEmpty { page.paragraph("None.") }
            for job in listed {
                page.summaryList([
                    ("Job", "\(job.id): \(job.topic) for \(job.reference)", nil),
                    ("Attempts", String(job.attempts), nil),
                    ("Last error", job.lastError ?? "–", nil),
                    ("Result", job.result ?? "–", nil),
                    ("Created", DisplayDate.dayAndTime(job.createdAt), nil),
                ])
                if job.status == .dead {
                    page.formStart(action: "/admin/jobs/\(job.id)", csrf: session.csrfToken)
                    page.raw("<div class=\"button-group\">\n")
                    page.button("Retry job \(job.id)", secondary: true, name: "action", value: "retry")
                    page.button("Discard job \(job.id)", warning: true, name: "action", value: "discard")
                    page.raw("</div>\n")
                    page.formEnd()
                }
            }
        }.setting(cookie)
    }

    @Sendable func act(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        let (form, _) = try await pages.postedForm(request, context)
        let action = form.value("action")
        let changed: Bool
        switch action {
        case "retry": changed = try await queue.retry(id, now: services.identity.now())
        case "discard": changed = try await queue.discard(id)
        default: throw HTTPError(.badRequest)
        }
        guard changed else { throw HTTPError(.notFound, message: "Only dead jobs can be retried or discarded.") }
        try await services.identity.record(context, action == "retry" ? .adminJobRetry : .adminJobDiscard, subject: "job:\(id)")
        return .seeOther("/admin/jobs?status=dead&done=\(action)")
    }

    @Sendable func outbox(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try administrator(context)
        let jobs = try await queue.jobs(status: nil, topics: ["email", "notification"], limit: 100)
        try await services.identity.record(context, .adminOutboxViewed)
        // Each message is rendered as its job renders it, so the page shows exactly what was (or would be) sent.
        let composer = NotificationMessages(catalogue: services.catalogue, submissions: services.submissions, publicURL: services.identity.publicURL)
        var messages: [(job: JobSummary, message: OutgoingMessage?)] = []
        for job in jobs {
            let claimed = ClaimedJob(id: job.id, topic: job.topic, reference: job.reference, payload: job.payload, idempotencyKey: "", attempts: 0)
            messages.append((job, try await composer.message(for: claimed) { _ in true }))
        }
        return pages.page(context, path: "/admin/outbox", title: "Outbox", back: "/admin") { page in
            page.heading("Outbox")
            page.paragraph(services.notifyConfigured
                ? "Messages are sent through GOV.UK Notify. The newest 100 are listed with what happened to them."
                : "No notification service is configured, so messages stay here: this is exactly what would be sent.")
            page.table(caption: "Newest 100 messages", headers: ["Created", "To", "Subject", "Status"], rows: messages.map { job, message in
                let to = [message?.to.email, message?.to.phone].compactMap { $0 }.joined(separator: ", ")
                return [(DisplayDate.dayAndTime(job.createdAt), nil), (to.isEmpty ? "–" : to, nil), (message?.subject ?? job.topic, nil),
                        (job.status.rawValue, nil)]
            })
            for (job, message) in messages.prefix(20) {
                guard let message, !message.to.isEmpty else { continue }
                page.raw("<details class=\"details\"><summary>")
                page.raw(HTMLWriter.escape(message.subject.isEmpty ? job.reference : message.subject))
                page.raw("</summary>")
                if message.to.email != nil {
                    page.raw("<h3 class=\"heading-s\">Email</h3><pre class=\"message-body\">"); page.raw(HTMLWriter.escape(message.body)); page.raw("</pre>")
                }
                if message.to.phone != nil {
                    page.raw("<h3 class=\"heading-s\">Text message</h3><pre class=\"message-body\">"); page.raw(HTMLWriter.escape(message.sms)); page.raw("</pre>")
                }
                page.raw("</details>\n")
            }
        }
    }
}
