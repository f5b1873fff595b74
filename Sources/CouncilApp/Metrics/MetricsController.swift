import Domain
import Foundation
import Hummingbird
import NIOCore
import Jobs

/// `GET /metrics` in Prometheus's text format: the job queue's depth per topic and status (one grouped count over
/// the unfinished jobs, asked of the database at scrape time, so every server reports the same queue), and this
/// server's job latency and run time. Nothing is measured on the request path.
///
/// Only with `ONECOUNCIL_METRICS_TOKEN` set, and only to a request carrying it as a bearer token: the figures say
/// how busy the council is, and a token works behind any load balancer, where "from loopback only" would not.
struct MetricsController {
    let token: BearerToken?
    let queue: any JobQueue
    let metrics: JobMetrics
    let topics: [String]
    let now: @Sendable () -> Date
    /// Demand alerts nobody has acknowledged yet, as `onecouncil_demand_alerts_open`.
    var demandAlerts: (any DemandAlertStore)? = nil

    func addRoutes(to router: Router<AppRequestContext>) {
        guard token != nil else { return }
        router.get("metrics", use: scrape)
    }

    @Sendable func scrape(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let token, token.admits(request) else { return BearerToken.refusal }
        var text = PrometheusText.render(depth: try await queue.depth(now: now()), topics: topics, snapshot: metrics.snapshot)
        if let demandAlerts { text += PrometheusText.demandAlerts(open: try await demandAlerts.unacknowledgedCount()) }
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Prometheus's text exposition format, written by hand: three metric families do not need a metrics library and
/// its process-wide bootstrap (which parallel tests, each with their own app, could not share).
enum PrometheusText {
    static func render(depth: [QueueDepth], topics: [String], snapshot: JobMetrics.Snapshot) -> String {
        var out = ""
        out += "# HELP onecouncil_jobs Background jobs not finished, by topic and status (the whole queue, as the database holds it).\n"
        out += "# TYPE onecouncil_jobs gauge\n"
        let counted = Dictionary(depth.map { ("\($0.topic) \($0.status.rawValue)", $0.count) }, uniquingKeysWith: +)
        let allTopics = Set(topics).union(depth.map(\.topic)).sorted()
        for topic in allTopics {
            for status in [BackgroundJobStatus.pending, .running, .dead] {
                out += "onecouncil_jobs{topic=\"\(escape(topic))\",status=\"\(status.rawValue)\"} \(counted["\(topic) \(status.rawValue)"] ?? 0)\n"
            }
        }
        out += "# HELP onecouncil_jobs_oldest_due_seconds How long the oldest due, unclaimed job of each topic has waited.\n"
        out += "# TYPE onecouncil_jobs_oldest_due_seconds gauge\n"
        let oldest = Dictionary(depth.compactMap { item in item.oldestDueSeconds.map { (item.topic, $0) } }, uniquingKeysWith: max)
        for topic in allTopics {
            out += "onecouncil_jobs_oldest_due_seconds{topic=\"\(escape(topic))\"} \(number(oldest[topic] ?? 0))\n"
        }
        histogram(&out, "onecouncil_job_latency_seconds", "Time from a job being due to this server finishing it, by topic and outcome.", snapshot.latency)
        histogram(&out, "onecouncil_job_duration_seconds", "Time this server spent running a job, by topic and outcome.", snapshot.duration)
        return out
    }

    private static func histogram(_ out: inout String, _ name: String, _ help: String, _ series: [JobMetrics.Key: JobMetrics.Histogram]) {
        out += "# HELP \(name) \(help)\n# TYPE \(name) histogram\n"
        for (key, histogram) in series.sorted(by: { $0.key < $1.key }) {
            let labels = "topic=\"\(escape(key.topic))\",outcome=\"\(escape(key.outcome))\""
            var cumulative = 0
            for (bound, count) in zip(JobMetrics.bounds, histogram.buckets) {
                cumulative += count
                out += "\(name)_bucket{\(labels),le=\"\(number(bound))\"} \(cumulative)\n"
            }
            out += "\(name)_bucket{\(labels),le=\"+Inf\"} \(histogram.count)\n"
            out += "\(name)_sum{\(labels)} \(number(histogram.sum))\n"
            out += "\(name)_count{\(labels)} \(histogram.count)\n"
        }
    }

    static func demandAlerts(open: Int) -> String {
        "# HELP onecouncil_demand_alerts_open Demand alerts (docs/analytics.md, Early warning) nobody has acknowledged yet.\n"
            + "# TYPE onecouncil_demand_alerts_open gauge\nonecouncil_demand_alerts_open \(open)\n"
    }

    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
