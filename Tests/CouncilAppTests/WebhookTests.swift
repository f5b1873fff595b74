import AsyncHTTPClient
import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Integrations
import Jobs
import Persistence
import Synchronization
import Testing

/// A partner system receiving webhooks on loopback; answers 500 while told to fail.
final class StandInReceiver: Sendable {
    struct Delivery: Sendable {
        var headers: [String: String]
        var body: [UInt8]
    }
    final class Log: Sendable {
        let deliveries = Mutex<[Delivery]>([])
        let failures = Mutex(0)
    }
    let log = Log()
    let server: StandInServer
    var deliveries: [Delivery] { log.deliveries.withLock { $0 } }
    func fail(times: Int) { log.failures.withLock { $0 = times } }

    init() async throws {
        let log = self.log
        let router = Router()
        router.post("hook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            if log.failures.withLock({ count in defer { count = max(0, count - 1) }; return count > 0 }) { return .internalServerError }
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            log.deliveries.withLock { $0.append(Delivery(headers: headers, body: Array(body.readableBytesView))) }
            return .noContent
        }
        server = try await StandInServer.start(router, label: "webhook receiver")
    }
}

@Suite struct WebhookTests {
    @Test(arguments: TestDatabase.engines)
    func subscribedSystemsGetSignedEventsAndFailuresAreRetried(engine: DatabaseEngine) async throws {
        let receiver = try await StandInReceiver()
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let clock = TestClock()
        do {
            try await TestApp.with(engine, now: clock.closure) { client, database in
                _ = try await StaffFixture.create(database, "admin@council.example", .administrator)
                let admin = BrowserSession(client)
                _ = try await admin.enrolStaff("admin@council.example", clock: clock)
                _ = try await admin.get("/admin/webhooks")
                let refused = try await admin.post("/admin/webhooks", [("url", "http://example.com/hook"), ("service", "")])
                #expect(refused.errorSummaryAnchors == ["url"])
                let created = try await admin.post("/admin/webhooks", [
                    ("url", "\(receiver.server.baseURL)/hook"), ("service", "volunteering"),
                    ("events", "submission.created"), ("events", "case.status_changed"),
                ])
                let secret = try #require(created.html.range(of: #"whsec_[A-Za-z0-9_-]{32}"#, options: .regularExpression).map { String(created.html[$0]) })

                let citizen = BrowserSession(client)
                try await citizen.start("volunteering", expectingFirstPage: "aged-16-or-over")
                try await citizen.walk("volunteering", Journeys.volunteering)
                let reference = try #require(try await citizen.submit("volunteering").reference)
                let worker = jobWorker(AppConfiguration(servicesDirectory: TestApp.servicesDirectory), database: database, httpClient: http,
                                       logger: TestDatabase.logger, now: { Date() })
                receiver.fail(times: 1)
                _ = try await worker.runOnce()   // the event fans out (and the notification stays local)
                _ = try await worker.runOnce()   // the delivery: the receiver fails once
                #expect(receiver.deliveries.isEmpty)
                let retrying = try await SQLJobQueue(database: database).jobs(status: .pending, topics: ["webhook"], limit: 5)
                #expect(retrying.first?.lastError == "the receiver answered 500")

                // Due again: delivered, signed.
                try await database.execute("UPDATE outbox SET available_at = 0 WHERE topic = 'webhook'")
                _ = try await worker.runOnce()
                let delivered = try #require(receiver.deliveries.first)
                #expect(delivered.headers["x-onecouncil-event"] == "submission.created")
                let signature = try #require(delivered.headers["x-onecouncil-signature"])
                #expect(WebhookSignature.verify(header: signature, secret: secret, body: delivered.body, now: Date()))
                #expect(!WebhookSignature.verify(header: signature, secret: "whsec_wrong", body: delivered.body, now: Date()))
                #expect(!WebhookSignature.verify(header: signature, secret: secret, body: delivered.body + [32], now: Date()))
                let body = String(decoding: delivered.body, as: UTF8.self)
                #expect(body.contains("\"reference\":\"\(reference)\""))
                // When the event happened, as ISO 8601 in UTC (docs/webhooks.md): the worker's clock here is the real one.
                #expect(body.range(of: #""occurred_at":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z""#, options: .regularExpression) != nil)

                let subscription = try #require(try await SQLWebhookRepository(database: database).all().first)
                let log = try await admin.get("/admin/webhooks/\(subscription.id)")
                #expect(log.html.contains("500"))
                #expect(log.html.contains("204"))
                #expect(try await database.auditActions().contains("admin.webhook-created"))
            }
        } catch {
            try await http.shutdown()
            await receiver.server.stop()
            throw error
        }
        try await http.shutdown()
        await receiver.server.stop()
    }
}
