import Domain
import Foundation
import Hummingbird
import NIOCore

/// Reading request bodies and writing responses the same way on every API route.
enum APIJSON {
    static let contentType = "application/json; charset=utf-8"

    /// Keys sorted, dates as ISO 8601 strings: the same bytes for the same answer.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoded(value)))
        )
    }

    /// The answer as it is kept under an `Idempotency-Key` (and sent from there).
    static func stored(_ value: some Encodable, status: HTTPResponse.Status) throws -> StoredAPIResponse {
        StoredAPIResponse(status: status.code, contentType: contentType, body: String(decoding: try encoded(value), as: UTF8.self))
    }

    private static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }

    /// The body as a JSON object, or the API error that says why it is not one.
    static func object(_ request: Request, limit: Int, example: String) async throws -> [String: JSONValue] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "The request body is larger than the limit of \(limit / 1024) KB")
        }
        do {
            guard case .object(let object) = try JSONText.parse(buffer.readableBytesView) else {
                throw APIError(.badRequest, code: "invalid_json", message: "The body must be a JSON object like \(example)")
            }
            return object
        } catch let error as JSONText.SyntaxError {
            throw APIError(.badRequest, code: "invalid_json", message: "The body is not valid JSON (\(error.description)); send an object like \(example)")
        }
    }

    /// Refuses a body with fields other than `allowed`, naming the first unknown one.
    static func rejectUnknown(_ body: [String: JSONValue], allowed: Set<String>, hint: String) throws {
        if let unknown = body.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw APIError(.unprocessableContent, field: unknown, code: "unknown_field", message: "Unknown field; \(hint)")
        }
    }

    /// A required string field, trimmed, of at most `maxLength` characters.
    static func text(_ body: [String: JSONValue], _ field: String, maxLength: Int, required: Bool = true) throws -> String {
        guard let value = body[field], value != .null else {
            if required { throw APIError(.unprocessableContent, field: field, code: "required", message: "\(field) is required") }
            return ""
        }
        guard let text = value.stringValue else {
            throw APIError(.unprocessableContent, field: field, code: "invalid", message: "\(field) must be a string")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if required, trimmed.isEmpty { throw APIError(.unprocessableContent, field: field, code: "required", message: "\(field) must not be empty") }
        if trimmed.count > maxLength {
            throw APIError(.unprocessableContent, field: field, code: "invalid", message: "\(field) must be \(maxLength) characters or fewer")
        }
        return trimmed
    }
}
