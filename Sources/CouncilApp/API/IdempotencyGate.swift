import Crypto
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `Idempotency-Key` on the partner API's POSTs (the IETF draft "The Idempotency-Key HTTP Header Field"): the key is
/// claimed in the database before the work, so a retry, or a second server's copy of the same request, finds it —
/// the first answer again for the same request, 409 while the first is still running, 422 for another request.
struct IdempotencyGate {
    static let header = HTTPField.Name("Idempotency-Key")!
    /// Set on an answer given again from the store, so a client can tell a replay from the first answer.
    static let replayedHeader = HTTPField.Name("Idempotent-Replayed")!

    let keys: any IdempotencyKeyRepository
    let maxBodySize: Int

    /// Runs `work` for `call` at most once per key; without a key (or on a GET), just runs it.
    func run(_ call: APICall, _ work: (APICall) async throws -> PartnerAPI.Handled) async throws -> PartnerAPI.Handled {
        guard call.operation.method == .post, let key = call.request.headers[Self.header] else { return try await work(call) }
        guard IdempotencyPolicy.isValid(key) else {
            throw APIError(.badRequest, field: Self.header.rawName, code: "invalid",
                           message: "Idempotency-Key must be 1 to \(IdempotencyPolicy.maxLength) visible ASCII characters, such as a UUID")
        }
        var call = call
        let body: ByteBuffer
        do {
            body = try await call.request.collectBody(upTo: maxBodySize)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "The request body is larger than the limit of \(maxBodySize / 1024) KB")
        }
        let request = IdempotentRequest(clientID: call.client.id, key: key, fingerprint: Self.fingerprint(call.request, body))
        switch try await keys.claim(request, at: call.now) {
        case .mismatch:
            throw APIError(.unprocessableContent, field: Self.header.rawName, code: "idempotency_key_reused",
                           message: "This Idempotency-Key was already used for a different request in the last 24 hours; use a new key for a new request")
        case .inProgress:
            throw Self.inProgress
        case .completed(let stored):
            return PartnerAPI.Handled(response: Self.replay(stored), recordedWithChange: false)
        case .claimed(let token):
            call.idempotency = HeldIdempotencyKey(request: request, token: token)
            let handled: PartnerAPI.Handled
            do {
                handled = try await work(call)
            } catch {
                // A refused or failed request changed nothing: the key may be used again (for the corrected request).
                // A submission that did commit stored its answer, which this leaves alone.
                try? await keys.release(request, token: token)
                if error is IdempotencyKeyLost { throw Self.inProgress }
                throw error
            }
            guard !handled.recordedWithChange else { return handled }
            guard (200..<300).contains(handled.response.status.code) else {
                try? await keys.release(request, token: token)
                return handled
            }
            // The change is made; its answer is stored next. If that fails the key stays claimed until the lease ends.
            let stored = try await Self.stored(handled.response)
            try await keys.complete(IdempotencyCompletion(request: request, token: token, response: stored))
            return PartnerAPI.Handled(response: Self.replay(stored, replayed: false), recordedWithChange: false)
        }
    }

    static var inProgress: APIError {
        var error = APIError(.conflict, field: header.rawName, code: "idempotency_key_in_progress",
                             message: "A request with this Idempotency-Key is still being processed; retry after a moment to get its answer")
        error.headers[.retryAfter] = "1"
        return error
    }

    /// SHA-256 of the method, the path with its query, and the body's bytes.
    static func fingerprint(_ request: Request, _ body: ByteBuffer) -> String {
        var hash = SHA256()
        hash.update(data: Data("\(request.method.rawValue) \(request.uri.path)?\(request.uri.query ?? "")\n".utf8))
        hash.update(data: Data(body.readableBytesView))
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    static func replay(_ stored: StoredAPIResponse, replayed: Bool = true) -> Response {
        var response = Response(
            status: HTTPResponse.Status(code: stored.status), headers: [.contentType: stored.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: stored.body))
        )
        if replayed { response.headers[Self.replayedHeader] = "true" }
        return response
    }

    /// The answer as it will be kept (the API's answers are JSON, built in memory).
    static func stored(_ response: Response) async throws -> StoredAPIResponse {
        let sink = BodySink()
        try await response.body.write(BodySink.Writer(sink: sink))
        return StoredAPIResponse(status: response.status.code, contentType: response.headers[.contentType] ?? "application/json",
                                 body: String(buffer: sink.bytes))
    }
}

/// A key this request claimed, and the token that proves it when its answer is stored.
struct HeldIdempotencyKey: Sendable {
    let request: IdempotentRequest
    let token: String

    func completion(_ response: StoredAPIResponse) -> IdempotencyCompletion {
        IdempotencyCompletion(request: request, token: token, response: response)
    }
}

/// Collects a response body written in memory.
private final class BodySink {
    var bytes = ByteBuffer()

    struct Writer: ResponseBodyWriter {
        let sink: BodySink
        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            sink.bytes.writeBuffer(&buffer)
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
