import AsyncHTTPClient
import Crypto
import Domain
import Foundation
import Hummingbird
import Integrations
import Synchronization

/// A stand-in GOV.UK Notify on loopback: checks each request's JWT (HS256 with the key's secret, `iss` the service
/// id, `iat` within 30 seconds) and body, records the messages, and answers as told: success, a validation error,
/// an auth error, a rate limit or a server error.
public final class StandInNotify: Sendable {
    public enum Reply: Sendable, Equatable {
        case success, validationError, authError, rateLimited, serverError
    }

    public struct Received: Sendable, Equatable {
        /// The notification id the stand-in gave it.
        public var id: String
        public var kind: String
        public var to: String
        public var templateID: String
        public var personalisation: [String: String]
        public var reference: String?
    }

    public static let serviceID = "26785a09-ab16-4eb0-8407-a37497a57506"
    public static let secret = "3d844edf-8d35-48ac-975b-e847b4f122b0"
    /// An API key in Notify's form, for this stand-in.
    public static let apiKey = "onecouncil_test-\(serviceID)-\(secret)"

    private struct State {
        var replies: [Reply] = []
        var received: [Received] = []
        var refused: [String] = []
        /// What a status query says of a message; unset ids are `delivered`.
        var statuses: [String: String] = [:]
        var statusQueries: [String] = []
    }
    private let state = Mutex(State())
    private let server: Mutex<StandInServer?> = Mutex(nil)
    public var baseURL: String { server.withLock { $0?.baseURL ?? "" } }

    public var received: [Received] { state.withLock { $0.received } }
    /// Why requests were refused as badly made (bad token, missing fields): a correct client sends none.
    public var refused: [String] { state.withLock { $0.refused } }

    /// The replies to give, in order; after they run out, every request succeeds.
    public func reply(_ replies: Reply...) { state.withLock { $0.replies += replies } }

    /// What `GET /v2/notifications/{id}` reports for `id` (`sending`, `permanent-failure`, …); `delivered` otherwise.
    public func setStatus(_ status: String, for id: String) { state.withLock { $0.statuses[id] = status } }
    /// The ids asked about with `GET /v2/notifications/{id}`, in order.
    public var statusQueries: [String] { state.withLock { $0.statusQueries } }

    /// The JSON body of Notify's delivery-receipt callback for a message the stand-in accepted.
    public func receipt(id: String, status: String) -> String {
        let message = received.first { $0.id == id }
        let body: [String: JSONValue] = [
            "id": .string(id), "reference": message?.reference.map(JSONValue.string) ?? .null, "to": .string(message?.to ?? ""),
            "status": .string(status), "created_at": .string("2026-11-25T10:00:00.000000Z"),
            "completed_at": .string("2026-11-25T10:00:05.123456Z"), "sent_at": .string("2026-11-25T10:00:01.000000Z"),
            "notification_type": .string(message?.kind ?? "email"),
        ]
        return JSONText.serialize(.object(body))
    }

    private init() {}

    public static func start() async throws -> StandInNotify {
        let notify = StandInNotify()
        let router = Router()
        router.post("v2/notifications/email") { request, _ in try await notify.handle(request, kind: "email", addressField: "email_address") }
        router.post("v2/notifications/sms") { request, _ in try await notify.handle(request, kind: "sms", addressField: "phone_number") }
        router.get("v2/notifications/{id}") { request, context in try notify.status(request, id: try context.parameters.require("id")) }
        let server = try await StandInServer.start(router, label: "Notify")
        notify.server.withLock { $0 = server }
        return notify
    }

    public func stop() async { await server.withLock { $0 }?.stop() }

    private func handle(_ request: Request, kind: String, addressField: String) async throws -> Response {
        let body = try await request.body.collect(upTo: 64 * 1024)
        if let problem = Self.checkToken(request.headers[.authorization]) {
            state.withLock { $0.refused.append(problem) }
            return Self.error(403, "AuthError", problem)
        }
        guard case .object(let json)? = try? JSONText.parse(Array(body.readableBytesView)),
              let to = json[addressField]?.stringValue, let template = json["template_id"]?.stringValue else {
            state.withLock { $0.refused.append("body without \(addressField) or template_id") }
            return Self.error(400, "ValidationError", "\(addressField) and template_id are required")
        }
        var personalisation: [String: String] = [:]
        if case .object(let fields)? = json["personalisation"] {
            for (key, value) in fields { personalisation[key] = value.stringValue ?? "" }
        }
        let reply = state.withLock { $0.replies.isEmpty ? Reply.success : $0.replies.removeFirst() }
        switch reply {
        case .validationError: return Self.error(400, "ValidationError", "\(addressField) Not a valid address")
        case .authError: return Self.error(403, "AuthError", "Invalid token: API key not found")
        case .rateLimited: return Self.error(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds")
        case .serverError: return Self.error(500, "Exception", "Internal server error")
        case .success: break
        }
        let id = UUID().uuidString.lowercased()
        state.withLock {
            $0.received.append(Received(id: id, kind: kind, to: to, templateID: template, personalisation: personalisation, reference: json["reference"]?.stringValue))
        }
        return Self.json(201, ["id": .string(id), "reference": json["reference"] ?? .null, "template": .object(["id": .string(template)])])
    }

    private func status(_ request: Request, id: String) throws -> Response {
        if let problem = Self.checkToken(request.headers[.authorization]) {
            state.withLock { $0.refused.append(problem) }
            return Self.error(403, "AuthError", problem)
        }
        let (known, status) = state.withLock { state in
            state.statusQueries.append(id)
            return (state.received.first { $0.id == id }, state.statuses[id] ?? "delivered")
        }
        guard let known else { return Self.error(404, "NoResultFound", "No result found") }
        var json: [String: JSONValue] = [
            "id": .string(id), "reference": known.reference.map(JSONValue.string) ?? .null, "type": .string(known.kind),
            "status": .string(status), "created_at": .string("2026-11-25T10:00:00.000000Z"),
        ]
        if status == "delivered" || status.hasSuffix("failure") { json["completed_at"] = .string("2026-11-25T10:00:05.123456Z") }
        return Self.json(200, json)
    }

    /// The reason a bearer token is not one Notify would accept, or nil.
    public static func checkTokenForTests(_ token: String) -> String? { checkToken("Bearer \(token)") }

    static func checkToken(_ header: String?) -> String? {
        guard let header, header.hasPrefix("Bearer ") else { return "no bearer token" }
        let parts = header.dropFirst("Bearer ".count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let claimsData = Base64URL.decode(parts[1]), let signature = Base64URL.decode(parts[2]),
              let headerData = Base64URL.decode(parts[0]), String(decoding: headerData, as: UTF8.self).contains("\"HS256\"") else {
            return "not an HS256 JWT"
        }
        let expected = HMAC<SHA256>.authenticationCode(for: Data("\(parts[0]).\(parts[1])".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        guard Data(expected) == signature else { return "bad signature" }
        guard case .object(let claims)? = try? JSONText.parse(Array(claimsData)) else { return "claims are not JSON" }
        guard claims["iss"]?.stringValue == serviceID else { return "iss is not the service id" }
        guard case .number(let iat)? = claims["iat"], abs(Date().timeIntervalSince1970 - iat) <= 30 else { return "iat missing or more than 30 seconds off" }
        return nil
    }

    private static func error(_ status: Int, _ name: String, _ message: String) -> Response {
        json(status, ["status_code": .number(Double(status)), "errors": .array([.object(["error": .string(name), "message": .string(message)])])])
    }

    private static func json(_ status: Int, _ object: [String: JSONValue]) -> Response {
        Response(status: .init(code: status), headers: [.contentType: "application/json"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: JSONText.serialize(.object(object)))))
    }
}
