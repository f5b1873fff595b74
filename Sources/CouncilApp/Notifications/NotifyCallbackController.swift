import Domain
import Foundation
import Hummingbird
import Integrations

/// `POST /notify/delivery-receipts`: GOV.UK Notify's delivery-receipt callback. Notify sends the bearer token the
/// council gave it (`ONECOUNCIL_NOTIFY_CALLBACK_TOKEN`); a request without it changes nothing and gets 401. Without a
/// token configured the route does not exist (404), and delivery status comes from polling alone.
struct NotifyCallbackController {
    let token: BearerToken?
    let deliveries: any DeliveryLog
    let now: @Sendable () -> Date

    func addRoutes(to router: Router<AppRequestContext>) {
        guard token != nil else { return }
        router.post("notify/delivery-receipts", use: receive)
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let token, token.admits(request) else { return BearerToken.refusal }
        let body = try await request.body.collect(upTo: 64 * 1024)
        guard case .object(let json)? = try? JSONText.parse(Array(body.readableBytesView)),
              let id = json["id"]?.stringValue, let text = json["status"]?.stringValue, let status = DeliveryStatus(rawValue: text) else {
            return Response(status: .badRequest)
        }
        let at = [json["completed_at"], json["sent_at"], json["created_at"]].lazy.compactMap { $0?.stringValue }.compactMap(NotifyTime.parse).first
        // A message we do not know (sent by another system with the same service, or not recorded yet) is
        // acknowledged all the same: Notify would only retry it, and polling catches up with ours.
        _ = try await deliveries.record(DeliveryReceipt(notificationID: id, status: status, at: at ?? now()), now: now())
        return Response(status: .noContent)
    }
}
