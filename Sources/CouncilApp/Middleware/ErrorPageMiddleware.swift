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
        let (title, message): (String, String) = switch status {
        case .notFound, .methodNotAllowed: (Phrase.notFoundTitle(language), Phrase.notFoundBody(language))
        case .contentTooLarge: (Phrase.tooLargeTitle(language), Phrase.tooLargeBody(language))
        case .forbidden where csrf: (Phrase.forbiddenTitle(language), Phrase.forbiddenBody(language))
        case .forbidden: (Phrase.refusedTitle(language), Phrase.refusedBody(language))
        default: (Phrase.serverErrorTitle(language), Phrase.serverErrorBody(language))
        }
        let layout = PageLayout(language: language, path: path, title: title)
        let shown = status == .methodNotAllowed ? HTTPResponse.Status.notFound : status
        return try renderer.response("error", layout, ["heading": title, "message": message], status: shown)
    }

    /// A refusal for lack of a role, inside the header of the person signed in, leading back to their home page.
    private func refusedPage(_ refused: AccessRefused, language: Language, path: String) throws -> Response {
        let title = Phrase.refusedTitle(language)
        let layout = PageLayout(language: language, path: path, title: title, headerLinks: refused.headerLinks)
        var body: [String: Any] = ["heading": title, "message": Phrase.refusedBody(language)]
        if refused.staffHome { body["staffHome"] = Phrase.staffHome(language) }
        return try renderer.response("error", layout, body, status: .forbidden)
    }
}
