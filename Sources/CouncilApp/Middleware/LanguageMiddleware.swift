import Domain
import Hummingbird

/// Picks the page language: `?lang=` switches it and a cookie remembers it for the rest of the journey.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "oc_lang"
    let secureCookies: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let code = request.uri.queryParameters.get("lang"), let language = Language(code: code) {
            context.language = language
            context.switchedLanguage = true
        } else if let code = request.cookieValue(Self.cookieName), let language = Language(code: code) {
            context.language = language
        }
        var response = try await next(request, context)
        if context.switchedLanguage {
            response.setCookie(Cookie(
                name: Self.cookieName, value: context.language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                secure: secureCookies, httpOnly: true, sameSite: .lax
            ))
        }
        return response
    }
}
