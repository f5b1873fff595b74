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
    var headers: HTTPFields = [:]

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

    /// No credentials, or ones that do not belong to a live client. The same answer whichever, so a caller learns
    /// nothing about which clients exist.
    static var unauthorised: APIError {
        var error = APIError(.unauthorized, field: "Authorization", code: "unauthorized",
                             message: "Send the API client's token as Authorization: Bearer <token>; this one is missing, revoked or wrong")
        error.headers[.wwwAuthenticate] = "Bearer realm=\"onecouncil\""
        return error
    }

    static func missingScope(_ scope: APIScope) -> APIError {
        APIError(.forbidden, field: "Authorization", code: "insufficient_scope", message: "This API client does not have the \(scope.rawValue) scope")
    }

    static func serviceNotAllowed(_ slug: String, field: String) -> APIError {
        APIError(.forbidden, field: field, code: "service_not_allowed", message: "This API client may not use the service \(slug)")
    }

    /// A service that is not taking submissions: `service_not_open` before its first version goes live,
    /// `service_closed` after its closing time, at its submission limit, or archived. 409: the request is sound, the
    /// service's state refuses it.
    static func unlessOpen(_ availability: ServiceAvailability, slug: String) throws {
        switch availability {
        case .open: return
        case .notYetOpen(let opensAt):
            throw APIError(.conflict, field: "slug", code: "service_not_open",
                           message: "The service \(slug) is not open yet" + (opensAt.map { "; it opens at \($0.ISO8601Format())" } ?? ""))
        case .closed(.closingTime(let at)):
            throw APIError(.conflict, field: "slug", code: "service_closed", message: "The service \(slug) closed at \(at.ISO8601Format())")
        case .closed(.limitReached(let limit)):
            throw APIError(.conflict, field: "slug", code: "service_closed",
                           message: "The service \(slug) has taken its limit of \(limit) submissions and is closed")
        case .closed(.archived):
            throw APIError(.conflict, field: "slug", code: "service_closed", message: "The service \(slug) has been withdrawn")
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try APIJSON.response(["errors": errors], status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}
