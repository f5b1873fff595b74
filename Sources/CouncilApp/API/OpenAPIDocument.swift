import Foundation
import Hummingbird
import NIOCore

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of the API, a file in this module's resources
/// (`Resources/openapi.json`), read once. A test holds it to the route table and the responses to its schemas.
enum OpenAPIDocument {
    static let bytes: [UInt8]? = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return nil }
        return Array(data)
    }()

    static func response() throws -> Response {
        guard let bytes else { throw APIError(.internalServerError, code: "internal", message: "The API description is missing from this build") }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
