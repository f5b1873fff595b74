import AsyncHTTPClient
import Domain
import Foundation
import Integrations
import Jobs
import NIOCore

/// `event` jobs: one per thing that happened; each becomes one `webhook` job per subscription that wants it.
struct EventFanOutHandler: JobHandler {
    let webhooks: any WebhookRepository
    let now: @Sendable () -> Date

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        let event = job.payload["event"]?.stringValue ?? "unknown"
        var body = job.payload
        body["id"] = .string(job.idempotencyKey)
        // The same text as ISO8601DateFormatter's, without building one (an ICU formatter) for every event.
        body["occurred_at"] = .string(now().formatted(.iso8601))
        do {
            let queued = try await webhooks.fanOut(event: event, service: job.payload["service"]?.stringValue, reference: job.reference,
                                                   body: JSONText.serialize(.object(body)), key: job.idempotencyKey)
            return "queued \(queued) webhook deliveries"
        } catch {
            throw .temporary("could not queue deliveries: \(error)")
        }
    }
}

/// `webhook` jobs: POSTs the event to one subscription, signed, and logs the attempt.
struct WebhookDeliveryHandler: JobHandler {
    let webhooks: any WebhookRepository
    let http: HTTPClient
    let now: @Sendable () -> Date

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        guard case .number(let number)? = job.payload["subscription"], let body = job.payload["body"]?.stringValue else {
            throw .permanent("a webhook job without its subscription or body")
        }
        let event = job.payload["event"]?.stringValue ?? ""
        let subscription: WebhookSubscription?
        do { subscription = try await webhooks.subscription(id: Int64(number)) } catch { throw .temporary("\(error)") }
        guard let subscription, subscription.active else { return "skipped: subscription removed or paused" }
        let bytes = Array(body.utf8)
        var request = HTTPClientRequest(url: subscription.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "OneCouncil-Webhooks")
        request.headers.add(name: "X-OneCouncil-Event", value: event)
        request.headers.add(name: "X-OneCouncil-Delivery", value: job.idempotencyKey)
        request.headers.add(name: "X-OneCouncil-Signature", value: WebhookSignature.header(secret: subscription.secret, timestamp: Int(now().timeIntervalSince1970), body: bytes))
        request.body = .bytes(ByteBuffer(bytes: bytes))
        let started = Date()
        var status: Int?
        var failure: JobFailure?
        do {
            let response = try await http.execute(request, deadline: .now() + .seconds(10))
            _ = try? await response.body.collect(upTo: 16 * 1024)
            status = Int(response.status.code)
            switch response.status.code {
            case 200..<300: break
            // Timeouts and rate limits and server errors may pass; other refusals will not.
            case 408, 429, 500...: failure = .temporary("the receiver answered \(response.status.code)")
            default: failure = .permanent("the receiver answered \(response.status.code)")
            }
        } catch {
            failure = .temporary("could not reach the receiver: \(type(of: error))")
        }
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        try? await webhooks.record(WebhookDelivery(event: event, reference: job.reference, statusCode: status, error: failure?.message,
                                                   at: now(), milliseconds: milliseconds), subscriptionID: subscription.id)
        if let failure { throw failure }
        return "delivered: \(status ?? 0)"
    }
}
