import AsyncHTTPClient
import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Integrations
import Jobs
import Logging
import Persistence
import SQLKit
import Testing

@Suite struct NotificationDeliveryTests {
    static func worker(_ database: Database, notify: StandInNotify?, http: HTTPClient,
                       now: @escaping @Sendable () -> Date = Date.init) throws -> JobWorker {
        var configuration = AppConfiguration(servicesDirectory: TestApp.servicesDirectory)
        if let notify {
            configuration.notify = NotifySettings(apiKey: try NotifyAPIKey(StandInNotify.apiKey), baseURL: notify.baseURL,
                                                  emailTemplateID: "email-template", smsTemplateID: "sms-template")
        }
        return jobWorker(configuration, database: database, httpClient: http, logger: TestDatabase.logger, now: now)
    }

    static func submitVolunteering(_ client: any TestClientProtocol) async throws -> String {
        let browser = BrowserSession(client)
        try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
        try await browser.walk("volunteering", Journeys.volunteering)
        return try #require(try await browser.submit("volunteering").reference)
    }

    @Test(arguments: TestDatabase.engines)
    func aSubmissionIsNotifiedThroughNotifyExactlyOnce(engine: DatabaseEngine) async throws {
        try await StandInNotify.run { notify, http in
            try await TestApp.with(engine) { client, database in
                let reference = try await Self.submitVolunteering(client)
                let worker = try Self.worker(database, notify: notify, http: http)
                #expect(try await worker.runOnce() == 2, "the notification, and the event (no webhook subscribes to it)")
                #expect(try await worker.runOnce() == 0)
                let sent = notify.received
                #expect(sent.count == 1)
                #expect(sent.first?.to == "alex@example.com")
                #expect(sent.first?.templateID == "email-template")
                #expect(sent.first?.personalisation["subject"] == "We have received your request: \(reference)")
                #expect(sent.first?.personalisation["body"]?.contains("Your reference is \(reference).") == true)
                #expect(notify.refused.isEmpty)
                let done = try await SQLJobQueue(database: database).jobs(status: .done, topics: ["notification"], limit: 5)
                #expect(done.count == 1)
            }
        }
    }

    @Test func rateLimitsAreRetriedAndRefusalsParkedForAnAdministrator() async throws {
        let clock = TestClock()
        try await StandInNotify.run { notify, http in
            try await TestApp.with(now: clock.closure) { client, database in
                _ = try await Self.submitVolunteering(client)
                _ = try await Self.submitVolunteering(client)
                notify.reply(.rateLimited, .validationError)
                // The worker's clock stands still after the jobs were queued: the rate-limited retry stays in the future
                // however slowly the test runs.
                let started = Date()
                let worker = try Self.worker(database, notify: notify, http: http, now: { started })
                #expect(try await worker.runOnce() == 4, "two notifications and two events")
                let queue = SQLJobQueue(database: database)
                let counts = try await queue.counts()
                #expect(counts[.dead] == 1, "a validation error cannot be fixed by retrying")
                #expect(counts[.done] == 2, "the events")
                let waiting = try await queue.jobs(status: .pending, topics: ["notification"], limit: 5)
                #expect(waiting.count == 1)
                #expect(waiting.first?.lastError?.contains("rate limit") == true)
                #expect(waiting.first.map { $0.availableAt > started } == true, "retried later, not at once")

                _ = try await StaffFixture.create(database, "admin@council.example", .administrator)
                let admin = BrowserSession(client)
                _ = try await admin.enrolStaff("admin@council.example", clock: clock)
                let page = try await admin.get("/admin/jobs?status=dead")
                #expect(page.html.contains("ValidationError"))
                let dead = try #require(try await queue.jobs(status: .dead, topics: nil, limit: 1).first)
                #expect(try await admin.post("/admin/jobs/\(dead.id)", [("action", "retry")]).location == "/admin/jobs?status=dead&done=retry")
                #expect(try await worker.runOnce() == 1)
                #expect(notify.received.count == 1)
                #expect(try await database.auditActions().contains("admin.job-retry"))
            }
        }
    }

    @Test func withoutNotifyMessagesStayInTheLocalOutboxForAnAdministratorToRead() async throws {
        let clock = TestClock()
        try await withHTTPClient { http in
            try await TestApp.with(now: clock.closure) { client, database in
                let reference = try await Self.submitVolunteering(client)
                _ = try await BrowserSession(client).registerAndConfirm("rhona@example.com", database: database)
                let worker = try Self.worker(database, notify: nil, http: http)
                #expect(try await worker.runOnce() == 3, "the submission's notification and event, and the account email")
                let done = try await SQLJobQueue(database: database).jobs(status: .done, topics: ["email", "notification"], limit: 10)
                #expect(done.count == 2)
                _ = try await StaffFixture.create(database, "admin@council.example", .administrator)
                let admin = BrowserSession(client)
                _ = try await admin.enrolStaff("admin@council.example", clock: clock)
                let outbox = try await admin.get("/admin/outbox")
                #expect(outbox.html.contains("No notification service is configured"))
                #expect(outbox.html.contains("We have received your request: \(reference)"))
                #expect(outbox.html.contains("Confirm your email address"))
                #expect(outbox.html.contains("rhona@example.com"))
                let officer = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
                _ = officer
                let notAdmin = BrowserSession(client)
                _ = try await notAdmin.enrolStaff("officer@council.example", clock: clock)
                #expect(try await notAdmin.get("/admin/outbox").status == .forbidden)
            }
        }
    }
}
