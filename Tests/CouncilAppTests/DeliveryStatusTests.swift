import AsyncHTTPClient
import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Integrations
import Jobs
import NIOCore
import Persistence
import SQLKit
import Testing

/// Delivery status from GOV.UK Notify on the case timeline: by callback (with the council's bearer token), by
/// polling for councils without one, and Notify's refusals shown to the officer.
@Suite struct DeliveryStatusTests {
    static let callbackToken = "callback-token-for-tests-0123456789"

    static func officerPage(_ client: any TestClientProtocol, _ database: Database, _ reference: String, clock: TestClock) async throws -> BrowserSession.Page {
        _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
        let officer = BrowserSession(client)
        _ = try await officer.enrolStaff("officer@council.example", clock: clock)
        return try await officer.get("/backoffice/cases/\(reference)")
    }

    static func callback(_ client: any TestClientProtocol, _ body: String, token: String?) async throws -> HTTPResponse.Status {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.executeRequest(uri: "/notify/delivery-receipts", method: .post, headers: headers, body: ByteBuffer(string: body)).status
    }

    static func deliveryEvents(_ database: Database, _ reference: String) async throws -> [String] {
        try await database.caseEventKinds(reference).filter { $0.hasPrefix("notification_") && $0 != "notification_queued" }
    }

    @Test(arguments: TestDatabase.engines)
    func aCallbackWithTheTokenPutsDeliveryOnTheTimelineAndOneWithoutChangesNothing(engine: DatabaseEngine) async throws {
        try await StandInNotify.run { notify, http in
            let clock = TestClock()
            try await TestApp.with(engine, now: clock.closure, configure: { $0.notifyCallbackToken = Self.callbackToken }) { client, database in
                let reference = try await NotificationDeliveryTests.submitVolunteering(client)
                let worker = try NotificationDeliveryTests.worker(database, notify: notify, http: http)
                try await worker.runOnce()
                let sent = try #require(notify.received.first)
                let receipt = notify.receipt(id: sent.id, status: "delivered")

                #expect(try await Self.callback(client, receipt, token: nil) == .unauthorized)
                #expect(try await Self.callback(client, receipt, token: "wrong-token-of-enough-length") == .unauthorized)
                #expect(try await Self.deliveryEvents(database, reference).isEmpty, "a refused callback changes nothing")

                #expect(try await Self.callback(client, receipt, token: Self.callbackToken) == .noContent)
                #expect(try await Self.callback(client, receipt, token: Self.callbackToken) == .noContent, "Notify may call back twice")
                #expect(try await Self.deliveryEvents(database, reference) == ["notification_delivery"], "once on the timeline")
                #expect(try await Self.callback(client, #"{"id": "x"}"#, token: Self.callbackToken) == .badRequest)

                let page = try await Self.officerPage(client, database, reference, clock: clock)
                #expect(page.text.contains("Email to a***@example.com delivered at 25 November 2026"), "\(page.text)")
            }
        }
    }

    @Test func withoutACallbackTokenThereIsNoCallbackRoute() async throws {
        try await TestApp.with { client, _ async throws in
            #expect(try await Self.callback(client, "{}", token: Self.callbackToken) == .notFound)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func pollingReadsTheStatusOfMessagesWithoutACallbackAndShowsFailures(engine: DatabaseEngine) async throws {
        try await StandInNotify.run { notify, http in
            let clock = TestClock()
            try await TestApp.with(engine, now: clock.closure) { client, database in
                let reference = try await NotificationDeliveryTests.submitVolunteering(client)
                let worker = try NotificationDeliveryTests.worker(database, notify: notify, http: http)
                try await worker.runOnce()
                let sent = try #require(notify.received.first)
                notify.setStatus("permanent-failure", for: sent.id)
                let scheduler = JobScheduler(queue: SQLJobQueue(database: database), tasks: [
                    ScheduledTask(topic: "delivery-status", period: .minutes(10), summary: "poll"),
                ], logger: TestDatabase.logger, now: clock.closure)

                try await scheduler.tickOnce()
                #expect(try await worker.runOnce() == 1)
                #expect(notify.statusQueries.isEmpty, "a message sent just now is left to its callback")

                // Ten minutes on (the message's sending moved back, as the worker's clock is the real one).
                try await database.write { db in try await db.raw("UPDATE notify_messages SET sent_at = sent_at - 660000").run() }
                clock.advance(11 * 60)
                try await scheduler.tickOnce()
                #expect(try await worker.runOnce() == 1)
                #expect(notify.statusQueries == [sent.id])
                #expect(notify.refused.isEmpty, "status queries carry a token Notify accepts")
                #expect(try await Self.deliveryEvents(database, reference) == ["notification_delivery"])

                let page = try await Self.officerPage(client, database, reference, clock: clock)
                #expect(page.text.contains("Email to a***@example.com not delivered: the address or number does not exist"), "\(page.text)")
                let polled = try await SQLJobQueue(database: database).jobs(status: .done, topics: ["delivery-status"], limit: 5)
                #expect(polled.contains { $0.result == "checked 1 messages, 1 now final" })
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func notifysErrorsAreRetriedOrParkedAndRefusalsShownOnTheCase(engine: DatabaseEngine) async throws {
        try await StandInNotify.run { notify, http in
            try await TestApp.with(engine) { client, database in
                var references: [String] = []
                for _ in 0..<4 { references.append(try await NotificationDeliveryTests.submitVolunteering(client)) }
                notify.reply(.validationError, .authError, .rateLimited, .serverError)
                let worker = try NotificationDeliveryTests.worker(database, notify: notify, http: http)
                try await worker.runOnce()
                let queue = SQLJobQueue(database: database)
                let dead = try await queue.jobs(status: .dead, topics: ["notification"], limit: 10).compactMap(\.lastError).sorted()
                #expect(dead.count == 2, "400 and 403 cannot be fixed by retrying")
                #expect(dead.contains { $0.contains("Notify refused the message (400): ValidationError") })
                #expect(dead.contains { $0.contains("Notify refused the API key (403)") && $0.contains("ONECOUNCIL_NOTIFY_API_KEY") })
                let waiting = try await queue.jobs(status: .pending, topics: ["notification"], limit: 10)
                #expect(waiting.compactMap(\.lastError).sorted() == ["Notify could not be reached: status 500", "Notify's rate limit was reached"])
                #expect(waiting.allSatisfy { $0.availableAt > Date() }, "retried after a backoff, not at once")
                var undeliverable = 0
                for reference in references {
                    undeliverable += try await database.caseEventKinds(reference).filter { $0 == "notification_undeliverable" }.count
                }
                #expect(undeliverable == 2, "the officer sees the two that will never go")
                #expect(notify.received.isEmpty)
            }
        }
    }
}
