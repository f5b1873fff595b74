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
        let json = try await exchange(path, posting: JSONText.serialize(.object(body)))
        guard let id = json["id"]?.stringValue else { throw .unavailable("a reply without a notification id") }
        return id
    }

    /// Asks Notify what became of a message (`GET /v2/notifications/{id}`), for councils that do not take callbacks.
    public func status(of notificationID: String) async throws(NotifyError) -> DeliveryReceipt {
        let json = try await exchange("/v2/notifications/\(notificationID.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-"])) ?? "")")
        guard let text = json["status"]?.stringValue, let status = DeliveryStatus(rawValue: text) else {
            throw .unavailable("a status reply without a known status")
        }
        let at = [json["completed_at"], json["sent_at"], json["created_at"]].lazy.compactMap { $0?.stringValue }.compactMap(NotifyTime.parse).first
        return DeliveryReceipt(notificationID: notificationID, status: status, at: at ?? now())
    }

    /// One authenticated request (a POST of `body`, else a GET); a 2xx reply's JSON object, or the error Notify's
    /// status code stands for.
    private func exchange(_ path: String, posting body: String? = nil) async throws(NotifyError) -> [String: JSONValue] {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = body == nil ? .GET : .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key.token(at: now()))")
        request.headers.add(name: "User-Agent", value: "OneCouncil")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
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
        switch status {
        case 200..<300: return json
        case 403: throw .unauthorised(reason: Self.errorText(json))
        case 429: throw .rateLimited
        case 400..<500: throw .rejected(status: status, reason: Self.errorText(json))
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

/// Notify's times: ISO 8601 in UTC, usually with microseconds (`2026-11-25T10:15:42.123456Z`).
public enum NotifyTime {
    public static func parse(_ text: String) -> Date? {
        // ISO8601DateFormatter reads at most three digits of a fraction, so the rest are dropped.
        var text = text.hasSuffix("Z") ? String(text.dropLast()) : text
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...].prefix(3)
            text = String(text[..<dot]) + "." + fraction.padding(toLength: 3, withPad: "0", startingAt: 0)
        } else {
            text += ".000"
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text + "Z")
    }
}
