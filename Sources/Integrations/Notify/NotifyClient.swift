import AsyncHTTPClient
import Domain
import Foundation
import NIOCore

/// Sends email and text messages through GOV.UK Notify's REST API (`/v2/notifications/email` and `/sms`).
public struct NotifyClient: Sendable {
    public let key: NotifyAPIKey
    public let baseURL: String
    let http: HTTPClient
    let timeout: TimeAmount
    let now: @Sendable () -> Date

    public init(key: NotifyAPIKey, baseURL: String = "https://api.notifications.service.gov.uk", httpClient: HTTPClient,
                timeout: TimeAmount = .seconds(10), now: @escaping @Sendable () -> Date = Date.init) {
        self.key = key
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.http = httpClient
        self.timeout = timeout
        self.now = now
    }

    public enum Recipient: Sendable, Equatable {
        case email(String)
        case sms(String)
    }

    /// Sends one message with a Notify template; returns Notify's notification id. `reference` is ours (the job's
    /// idempotency key), stored by Notify so a delivery can be traced back.
    public func send(to recipient: Recipient, templateID: String, personalisation: [String: String], reference: String) async throws(NotifyError) -> String {
        var body: [String: JSONValue] = [
            "template_id": .string(templateID), "reference": .string(reference),
            "personalisation": .object(personalisation.mapValues(JSONValue.string)),
        ]
        let path: String
        switch recipient {
        case .email(let address):
            body["email_address"] = .string(address)
            path = "/v2/notifications/email"
        case .sms(let number):
            body["phone_number"] = .string(number)
            path = "/v2/notifications/sms"
        }
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key.token(at: now()))")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "OneCouncil")
        request.body = .bytes(ByteBuffer(string: JSONText.serialize(.object(body))))
        let status: Int
        let reply: [UInt8]
        do {
            let response = try await http.execute(request, deadline: .now() + timeout)
            status = Int(response.status.code)
            reply = Array(try await response.body.collect(upTo: 64 * 1024).readableBytesView)
        } catch {
            throw .unavailable(String(describing: type(of: error)))
        }
        var json: [String: JSONValue] = [:]
        if case .object(let object)? = try? JSONText.parse(reply) { json = object }
        let reason = Self.errorText(json)
        switch status {
        case 200..<300:
            guard let id = json["id"]?.stringValue else { throw .unavailable("a reply without a notification id") }
            return id
        case 403: throw .unauthorised(reason: reason)
        case 429: throw .rateLimited
        case 400..<500: throw .rejected(status: status, reason: reason)
        default: throw .unavailable("status \(status)")
        }
    }

    /// Notify's errors: `{"errors": [{"error": "ValidationError", "message": "…"}], "status_code": 400}`.
    static func errorText(_ json: [String: JSONValue]) -> String {
        guard case .array(let errors)? = json["errors"] else { return "no detail" }
        return errors.compactMap { item -> String? in
            guard case .object(let error) = item else { return nil }
            return [error["error"]?.stringValue, error["message"]?.stringValue].compactMap { $0 }.joined(separator: ": ")
        }.joined(separator: "; ")
    }
}
