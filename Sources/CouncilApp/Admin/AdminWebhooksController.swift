import Domain
import Foundation
import Hummingbird
import Views

/// Administrators subscribe back-office and partner systems to events, and read each subscription's delivery log.
struct AdminWebhooksController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var webhooks: any WebhookRepository { services.webhooks }

    func addRoutes(to router: Router<AppRequestContext>) {
        let admin = router.group("admin/webhooks").staffArea()
        admin.get(use: list)
        admin.post(use: create)
        admin.get("{id}", use: show)
        admin.post("{id}", use: toggle)
    }

    @Sendable func list(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try await listPage(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func listPage(_ context: StaffRequestContext, csrf: String, url: String = "", service: String = "", events: Set<String> = [],
                          errors: [FieldError] = [], created: (id: Int64, secret: String)? = nil) async throws -> WebhooksPage {
        let choices = try await services.catalogue.current().map { ServiceChoice(slug: $0.slug, title: $0.definition.title.text(context.language)) }
        return WebhooksPage(
            layout: context.layout(title: Phrase.navWebhooks(context.language), path: "/admin/webhooks", errors: errors),
            csrfToken: csrf, subscriptions: try await webhooks.all(), services: choices, knownEvents: WebhookSubscription.knownEvents,
            url: url, service: service, events: events, created: created, errors: errors
        )
    }

    @Sendable func create(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context.site)
        let url = form.value("url").trimmingCharacters(in: .whitespaces)
        let events = Set(form.input.fields["events"] ?? []).intersection(WebhookSubscription.knownEvents)
        let service = form.value("service")
        var errors: [FieldError] = []
        if !Self.isAcceptable(url) {
            errors.append(FieldError(questionID: "url", message: Phrase.webhookURLError(context.language)))
        }
        if !service.isEmpty, try await services.catalogue.current(slug: service) == nil {
            errors.append(FieldError(questionID: "service", message: Phrase.webhookSelectService(context.language)))
        }
        guard errors.isEmpty else {
            return try await listPage(context, csrf: session.csrfToken, url: url, service: service, events: events, errors: errors)
                .response(status: .unprocessableContent)
        }
        let secret = "whsec_" + Token.random()
        let subscription = try await webhooks.create(url: url, serviceSlug: service.isEmpty ? nil : service, events: events, secret: secret)
        try await services.identity.record(context.site, .adminWebhookCreated, subject: "webhook:\(subscription.id)", detail: url)
        return try await listPage(context, csrf: session.csrfToken, created: (subscription.id, secret)).response()
    }

    static func isAcceptable(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else { return false }
        return components.scheme == "https" || (components.scheme == "http" && ["127.0.0.1", "localhost", "::1"].contains(host))
    }

    @Sendable func show(_ request: Request, context: StaffRequestContext) async throws -> Response {
        guard let id = Int64(try context.parameters.require("id")), let subscription = try await webhooks.subscription(id: id) else { throw HTTPError(.notFound) }
        let deliveries = try await webhooks.deliveries(subscriptionID: id, limit: 100)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return WebhookDeliveriesPage(
            layout: context.layout(title: Phrase.webhookNumber(id)(context.language), path: "/admin/webhooks/\(id)", back: "/admin/webhooks"),
            csrfToken: session.csrfToken, subscription: subscription, deliveries: deliveries
        ).response(cookies: [cookie])
    }

    @Sendable func toggle(_ request: Request, context: StaffRequestContext) async throws -> Response {
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        let (form, _) = try await pages.postedForm(request, context.site)
        try await webhooks.setActive(id: id, active: form.value("active") == "1")
        try await services.identity.record(context.site, form.value("active") == "1" ? .adminWebhookResumed : .adminWebhookPaused, subject: "webhook:\(id)")
        return .seeOther("/admin/webhooks/\(id)")
    }
}
