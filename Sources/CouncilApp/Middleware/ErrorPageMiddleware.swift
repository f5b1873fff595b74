import Domain
import Hummingbird
import Logging
import Views

/// Turns failures into pages a citizen can act on (HTML) or into the API's one error shape (JSON); logs the unexpected.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let redirect as RedirectError {
            return request.method == .get ? .found(redirect.location) : .seeOther(redirect.location)
        } catch let error as APIError {
            // Answered here, not thrown on, so the outer middleware (security headers, language cookie) still applies.
            return try error.response(from: request, context: context)
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            if status == .internalServerError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            if request.uri.path.hasPrefix("/api/") {
                return try Self.apiError(status).response(from: request, context: context)
            }
            return try page(for: status, language: context.language, path: request.uri.path)
        }
    }

    private static func apiError(_ status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound: APIError(status, code: "not_found", message: "There is nothing at this address")
        case .contentTooLarge: APIError(status, code: "too_large", message: "The request body is too large")
        case .methodNotAllowed: APIError(status, code: "method_not_allowed", message: "This address does not accept that method")
        case .internalServerError: APIError(status, code: "internal", message: "Something went wrong on our side; nothing was saved. Try again later")
        default: APIError(status, code: "error", message: status.reasonPhrase)
        }
    }

    private func page(for status: HTTPResponse.Status, language: Language, path: String) throws -> Response {
        let strings = Strings.table(language)
        let (title, message): (String, String) = switch status {
        case .notFound, .methodNotAllowed: (strings["notFoundTitle"] ?? "", strings["notFoundBody"] ?? "")
        case .contentTooLarge: (strings["tooLargeTitle"] ?? "", strings["tooLargeBody"] ?? "")
        case .forbidden: (strings["forbiddenTitle"] ?? "", strings["forbiddenBody"] ?? "")
        default: (strings["serverErrorTitle"] ?? "", strings["serverErrorBody"] ?? "")
        }
        let layout = PageLayout(language: language, path: path, title: title)
        let shown = status == .methodNotAllowed ? HTTPResponse.Status.notFound : status
        return try renderer.response("error", layout, ["heading": title, "message": message], status: shown)
    }
}
