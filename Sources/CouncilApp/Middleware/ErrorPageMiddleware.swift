import Domain
import Hummingbird
import Logging
import Views

/// Turns failures into pages a citizen can act on (HTML) or into the API's one error shape (JSON); logs the unexpected.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let redirect as RedirectError {
            return request.method == .get ? .found(redirect.location) : .seeOther(redirect.location)
        } catch let unavailable as ServiceUnavailableError {
            return try unavailable.page.response(status: .forbidden)
        } catch let error as APIError {
            // Answered here, not thrown on, so the outer middleware (security headers, language cookie) still applies.
            return try error.response(from: request, context: context)
        } catch let refused as AccessRefused {
            if Self.isAPI(request) { return try Self.apiError(.forbidden).response(from: request, context: context) }
            return try refusedPage(refused, language: context.language, path: request.uri.path)
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            if status == .internalServerError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            if Self.isAPI(request) {
                return try Self.apiError(status).response(from: request, context: context)
            }
            return try page(for: status, csrf: (error as? HTTPError)?.isCSRFRefusal == true, language: context.language, path: request.uri.path)
        }
    }

    /// Empty segments are skipped as the router skips them, so `//api/v1/cases` still gets the API's JSON errors.
    private static func isAPI(_ request: Request) -> Bool {
        request.uri.path.split(separator: "/", omittingEmptySubsequences: true).first == "api"
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

    private func page(for status: HTTPResponse.Status, csrf: Bool, language: Language, path: String) throws -> Response {
        let kind: ErrorPage.Kind = switch status {
        case .notFound, .methodNotAllowed: .notFound
        case .contentTooLarge: .tooLarge
        case .forbidden where csrf: .expiredForm
        case .forbidden: .refused
        default: .serverError
        }
        let layout = PageLayout(language: language, path: path, title: ErrorPage.title(kind)(language))
        let shown = status == .methodNotAllowed ? HTTPResponse.Status.notFound : status
        return ErrorPage(layout: layout.model, kind: kind).response(status: shown)
    }

    /// A refusal for lack of a role, inside the header of the person signed in, leading back to their home page.
    private func refusedPage(_ refused: AccessRefused, language: Language, path: String) throws -> Response {
        let layout = PageLayout(language: language, path: path, title: ErrorPage.title(.refused)(language), headerLinks: refused.headerLinks)
        return ErrorPage(layout: layout.model, kind: .refused, staffHome: refused.staffHome).response(status: .forbidden)
    }
}
