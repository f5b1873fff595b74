import Domain
import Foundation
import Testing
@testable import Views

/// Background tasks, the outbox, webhooks and API clients.
@Suite struct AdminToolsSnapshotTests {
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    static func layout(_ language: Language, _ title: Phrase, _ path: String, errors: Bool = false) -> LayoutModel {
        MockLayout.staff(language, title: title(language), path: path, roles: [.administrator], errors: errors)
    }

    @Test func backgroundTasks() {
        var dead = JobSummary(id: 12, topic: "notification", reference: "POT-7K3D-9Q2P", status: .dead, attempts: 5,
                              lastError: "ValidationError: phone number is not valid", createdAt: Self.at, availableAt: Self.at, payload: [:])
        dead.result = nil
        assertPageSnapshots({ language in
            BackgroundTasksPage(
                layout: Self.layout(language, .navBackgroundTasks, "/admin/jobs"), csrfToken: "csrf-token",
                counts: [.pending: 3, .done: 120, .dead: 1], scheduled: [
                    .init(topic: "reminders", period: "daily from 09:00", summary: "Reminds applicants of appointments booked for tomorrow",
                          lastRun: "2026-05-28: done – 4 reminders queued"),
                    .init(topic: "expiry", period: "hourly", summary: "Deletes expired sessions and links", lastRun: nil),
                ],
                status: .dead, listed: [dead], done: .retry
            )
        }, named: "full")
        assertPageSnapshots({ language in
            BackgroundTasksPage(layout: Self.layout(language, .navBackgroundTasks, "/admin/jobs"), csrfToken: "csrf-token", counts: [:],
                                scheduled: [], status: .pending, listed: [], done: nil)
        }, named: "empty")
    }

    @Test func outbox() {
        assertPageSnapshots({ language in
            OutboxPage(layout: Self.layout(language, .navOutbox, "/admin/outbox"), notifyConfigured: false, messages: [
                .init(createdAt: Self.at, to: ["jamie@example.com", "01632 960001"], subject: "Hardship payment application received: HRD-7K3D-9Q2P",
                      status: .done, email: "Dear Jamie Example,\n\nWe have received your application.", sms: "We have received your hardship payment application."),
                .init(createdAt: Self.at, to: [], subject: "notification", status: .dead, email: nil, sms: nil),
            ])
        }, named: "full")
        assertPageSnapshots({ language in
            OutboxPage(layout: Self.layout(language, .navOutbox, "/admin/outbox"), notifyConfigured: true, messages: [])
        }, named: "empty")
    }

    static let subscription = WebhookSubscription(id: 3, url: "https://crm.council.example/hooks", serviceSlug: "report-a-pothole",
                                                  events: ["submission.created"], secret: "whsec_x", active: true)
    static let services = [ServiceChoice(slug: "report-a-pothole", title: "Report a pothole")]

    @Test func webhooks() {
        assertPageSnapshots({ language in
            WebhooksPage(layout: Self.layout(language, .navWebhooks, "/admin/webhooks"), csrfToken: "csrf-token", subscriptions: [Self.subscription],
                         services: Self.services, knownEvents: WebhookSubscription.knownEvents, created: (3, "whsec_abcdef"))
        }, named: "full")
        assertPageSnapshots({ language in
            WebhooksPage(layout: Self.layout(language, .navWebhooks, "/admin/webhooks", errors: true), csrfToken: "csrf-token", subscriptions: [],
                         services: Self.services, knownEvents: WebhookSubscription.knownEvents, url: "ftp://example.org",
                         events: ["case.status_changed"], errors: [FieldError(questionID: "url", message: Phrase.webhookURLError(language))])
        }, named: "errors")
        assertPageSnapshots({ language in
            WebhookDeliveriesPage(layout: Self.layout(language, .navWebhooks, "/admin/webhooks/3"), csrfToken: "csrf-token", subscription: Self.subscription,
                                  deliveries: [WebhookDelivery(event: "submission.created", reference: "POT-7K3D-9Q2P", statusCode: 500, error: nil, at: Self.at, milliseconds: 42),
                                               WebhookDelivery(event: "submission.created", reference: "POT-7K3D-9Q2P", statusCode: 204, error: nil, at: Self.at, milliseconds: 38)])
        }, named: "deliveries")
    }

    @Test func apiClients() {
        let live = APIClient(id: 4, name: "Health board referrals", scopes: [.casesRead, .casesWrite], services: ["report-a-pothole"], secretHash: "h",
                             createdAt: Self.at, createdBy: "staff:1", revokedAt: nil)
        let revoked = APIClient(id: 2, name: "Old CRM", scopes: [.servicesRead], services: [], secretHash: "h", createdAt: Self.at, createdBy: "cli",
                                revokedAt: Self.at)
        assertPageSnapshots({ language in
            APIClientsPage(layout: Self.layout(language, .navAPIClients, "/admin/api-clients"), csrfToken: "csrf-token", clients: [live, revoked],
                           services: Self.services, created: (live, "oc_4_secret"))
        }, named: "full")
        assertPageSnapshots({ language in
            APIClientsPage(layout: Self.layout(language, .navAPIClients, "/admin/api-clients", errors: true), csrfToken: "csrf-token", clients: [],
                           services: Self.services, name: " ", errors: [FieldError(questionID: "name", message: "Enter a name for the client")])
        }, named: "errors")
    }
}
