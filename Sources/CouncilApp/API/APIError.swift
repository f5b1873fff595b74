import Domain
import Foundation
import Hummingbird
import NIOCore

/// The one shape of every API error: `{"errors": [{"field": "path", "code": "stable_code", "message": "..."}]}`.
struct APIError: HTTPResponseError {
    struct Item: Encodable, Sendable {
        var field: String
        var code: String
        var message: String
    }

    var status: HTTPResponse.Status
    var errors: [Item]

    init(_ status: HTTPResponse.Status, field: String = "", code: String, message: String) {
        self.status = status
        self.errors = [Item(field: field, code: code, message: message)]
    }

    init(_ status: HTTPResponse.Status, errors: [Item]) {
        self.status = status
        self.errors = errors
    }

    static func validation(_ problems: [FieldError]) -> APIError {
        APIError(.unprocessableContent, errors: problems.map { Item(field: $0.apiPath, code: $0.code, message: $0.message) })
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(["errors": errors])
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
