import Domain
import Foundation
import Hummingbird
import Persistence
import Views

/// Administrators subscribe back-office and partner systems to events, and read each subscription's delivery log.
struct AdminWebhooksController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var webhooks: any WebhookRepository { SQLWebhookRepository(database: services.database) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin/webhooks").add(middleware: StaffAreaMiddleware())
        admin.get(use: list)
        admin.post(use: create)
        admin.get("{id}", use: show)
        admin.post("{id}", use: toggle)
    }

    private func administrator(_ context: AppRequestContext) throws {
        guard let staff = context.staff, staff.access.has(.administrator) else { throw HTTPError(.forbidden) }
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try administrator(context)
        let (session, cookie) = try await pages.browserSession(request, context)
        return try await listPage(context, csrf: session.csrfToken, fields: [:], errors: []).setting(cookie)
    }

    private func listPage(_ context: AppRequestContext, csrf: String, fields: [String: String], errors: [FieldError], secret: (Int64, String)? = nil) async throws -> Response {
        let subscriptions = try await webhooks.all()
        let catalogue = try await services.catalogue.current()
        return pages.page(context, path: "/admin/webhooks", title: "Webhooks", errors: errors, back: "/admin",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading("Webhooks")
            if let secret {
                page.notice("Subscription \(secret.0) created. Its signing secret is shown once: \(secret.1)")
            }
            page.table(caption: "Subscriptions", headers: ["URL", "Service", "Events", "Status"], rows: subscriptions.map { subscription in [
                (subscription.url, "/admin/webhooks/\(subscription.id)"), (subscription.serviceSlug ?? "Every service", nil),
                (subscription.events.isEmpty ? "Every event" : subscription.events.sorted().joined(separator: ", "), nil),
                (subscription.active ? "Active" : "Paused", nil),
            ] })
            page.subheading("Add a subscription")
            page.formStart(action: "/admin/webhooks", csrf: csrf)
            page.input("url", label: "Receiver URL", type: "url", value: fields["url"] ?? "", hint: "https, or http on this machine for testing", autocomplete: "off", errors: errors)
            page.choices("service", legend: "Service", options: [("", "Every service")] + catalogue.map { ($0.slug, $0.definition.title.text(.en)) },
                         selected: [fields["service"] ?? ""], errors: errors)
            page.choices("events", legend: "Events", options: WebhookSubscription.knownEvents.map { ($0, $0) },
                         selected: Set((fields["events"] ?? "").split(separator: ",").map(String.init)), multiple: true,
                         hint: "None ticked means every event.", errors: errors)
            page.button("Add subscription")
            page.formEnd()
        }
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try administrator(context)
        let (form, session) = try await pages.postedForm(request, context)
        let url = form.value("url").trimmingCharacters(in: .whitespaces)
        let events = Set(form.input.fields["events"] ?? []).intersection(WebhookSubscription.knownEvents)
        let service = form.value("service")
        var errors: [FieldError] = []
        if !Self.isAcceptable(url) {
            errors.append(FieldError(questionID: "url", message: "Enter a URL starting https:// (or http://127.0.0.1 for testing)"))
        }
        if !service.isEmpty, try await services.catalogue.current(slug: service) == nil {
            errors.append(FieldError(questionID: "service", message: "Select a service"))
        }
        guard errors.isEmpty else {
            return try await listPage(context, csrf: session.csrfToken, fields: ["url": url, "service": service, "events": events.sorted().joined(separator: ",")], errors: errors)
        }
        let secret = "whsec_" + Token.random()
        let subscription = try await webhooks.create(url: url, serviceSlug: service.isEmpty ? nil : service, events: events, secret: secret)
        try await services.identity.record(context, .adminWebhookCreated, subject: "webhook:\(subscription.id)", detail: url)
        return try await listPage(context, csrf: session.csrfToken, fields: [:], errors: [], secret: (subscription.id, secret))
    }

    static func isAcceptable(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else { return false }
        return components.scheme == "https" || (components.scheme == "http" && ["127.0.0.1", "localhost", "::1"].contains(host))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try administrator(context)
        guard let id = Int64(try context.parameters.require("id")), let subscription = try await webhooks.subscription(id: id) else { throw HTTPError(.notFound) }
        let deliveries = try await webhooks.deliveries(subscriptionID: id, limit: 100)
        let (session, cookie) = try await pages.browserSession(request, context)
        return pages.page(context, path: "/admin/webhooks/\(id)", title: "Webhook \(id)", back: "/admin/webhooks") { page in
            page.heading(subscription.url, caption: "Webhook \(id)")
            page.formStart(action: "/admin/webhooks/\(id)", csrf: session.csrfToken)
            page.button(subscription.active ? "Pause deliveries" : "Resume deliveries", secondary: true, name: "active", value: subscription.active ? "0" : "1")
            page.formEnd()
            page.table(caption: "Newest 100 deliveries", headers: ["When", "Event", "Reference", "Answer", "Time"], rows: deliveries.map { delivery in [
                (DisplayDate.dayAndTime(delivery.at), nil), (delivery.event, nil), (delivery.reference, nil),
                (delivery.statusCode.map(String.init) ?? (delivery.error ?? "–"), nil), ("\(delivery.milliseconds) ms", nil),
            ] })
        }.setting(cookie)
    }

    @Sendable func toggle(_ request: Request, context: AppRequestContext) async throws -> Response {
        try administrator(context)
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        let (form, _) = try await pages.postedForm(request, context)
        try await webhooks.setActive(id: id, active: form.value("active") == "1")
        try await services.identity.record(context, form.value("active") == "1" ? .adminWebhookResumed : .adminWebhookPaused, subject: "webhook:\(id)")
        return .seeOther("/admin/webhooks/\(id)")
    }
}
