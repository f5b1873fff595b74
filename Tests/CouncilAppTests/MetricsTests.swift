import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Jobs
import Persistence
import Testing

/// `/metrics`: only with the configured bearer token; the queue's depth per topic and status, and job latency.
@Suite struct MetricsTests {
    static let token = "metrics-token-for-tests-0123456789"

    static func scrape(_ client: any TestClientProtocol, token: String?) async throws -> APIResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.getResponse("/metrics", headers: headers)
    }

    @Test(arguments: TestDatabase.engines)
    func metricsShowQueueDepthAndJobLatencyToTheTokenHolderOnly(engine: DatabaseEngine) async throws {
        let metrics = JobMetrics()
        try await TestApp.with(engine, jobMetrics: metrics, configure: { $0.metricsToken = Self.token }) { client, database in
                _ = try await NotificationDeliveryTests.submitVolunteering(client)
                #expect(try await Self.scrape(client, token: nil).status == .unauthorized)
                #expect(try await Self.scrape(client, token: "not-the-metrics-token-at-all").status == .unauthorized)
                // The same header parsing as the partner API's: the scheme in any case, nothing but Bearer.
                #expect(try await client.getResponse("/metrics", headers: [.authorization: "bearer \(Self.token)"]).status == .ok)
                #expect(try await client.getResponse("/metrics", headers: [.authorization: "Basic \(Self.token)"]).status == .unauthorized)

                let before = try await Self.scrape(client, token: Self.token)
                #expect(before.status == .ok)
                #expect(before.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                #expect(before.body.contains(#"onecouncil_jobs{topic="notification",status="pending"} 1"#), "\(before.body)")
                #expect(before.body.contains(#"onecouncil_jobs{topic="event",status="pending"} 1"#))
                #expect(before.body.contains(#"onecouncil_jobs{topic="webhook",status="dead"} 0"#), "known topics are listed at zero")
                #expect(!before.body.contains("onecouncil_job_latency_seconds_count"), "nothing has run yet")

                let worker = JobWorker(queue: SQLJobQueue(database: database),
                                       handlers: ["notification": Succeeds(), "event": Succeeds()], logger: TestDatabase.logger, metrics: metrics)
                #expect(try await worker.runOnce() == 2)
                let after = try await Self.scrape(client, token: Self.token).body
                #expect(after.contains(#"onecouncil_jobs{topic="notification",status="pending"} 0"#))
                #expect(after.contains(#"onecouncil_job_latency_seconds_count{topic="notification",outcome="done"} 1"#), "\(after)")
                #expect(after.contains(#"onecouncil_job_latency_seconds_bucket{topic="notification",outcome="done",le="+Inf"} 1"#))
                #expect(after.contains(#"onecouncil_job_duration_seconds_count{topic="event",outcome="done"} 1"#))
                #expect(after.contains("# TYPE onecouncil_job_latency_seconds histogram"))
        }
    }

    @Test func withoutATokenThereIsNoMetricsPage() async throws {
        try await TestApp.with { client, _ async throws in
            #expect(try await Self.scrape(client, token: "anything-at-all-here").status == .notFound)
        }
    }

    struct Succeeds: JobHandler {
        func run(_ job: ClaimedJob) async throws(JobFailure) -> String { "ok" }
    }
}
