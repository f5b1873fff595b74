import Domain
import Foundation
import Hummingbird
import Views

/// What the account, staff and admin pages share: the browser session whose token their forms carry, reading a
/// posted form, and drawing a page in the site's frame.
struct FormPages: Sendable {
    let services: AppServices

    /// The browser session, made (with its cookie) when there is none yet.
    func browserSession(_ request: Request, _ context: AppRequestContext) async throws -> (session: WebSession, cookie: Cookie?) {
        if let session = try await existingSession(request) { return (session, nil) }
        let made = try await JourneyController(services: services).newSession(language: context.language)
        return (made.session, made.cookie)
    }

    func existingSession(_ request: Request) async throws -> WebSession? {
        guard let token = request.cookies[JourneyController.sessionCookie]?.value, token.count == 32 else { return nil }
        return try await services.sessions.session(idHash: JourneyController.hash(token))
    }

    /// At sign-in: a new browser session (id and CSRF token) replaces the request's, taking its forms with it (unsent
    /// ones becoming `citizenID`'s), so a session id known before sign-in is worth nothing after it.
    func rotatedSession(_ request: Request, _ context: AppRequestContext, adoptBy citizenID: Int64?) async throws -> Cookie {
        let (session, cookie) = JourneyController(services: services).freshSession(language: context.language)
        try await services.sessions.rotate(from: try await existingSession(request)?.idHash, to: session, adoptBy: citizenID)
        return cookie
    }

    /// At sign-out: the browser session ends with its forms and confirmations (a signed-in citizen's unsent forms stay
    /// with the account, a staff member's assisted forms wait for them), and a new one replaces it.
    func endedSession(_ request: Request, _ context: AppRequestContext) async throws -> Cookie {
        guard let old = try await existingSession(request) else {
            return try await JourneyController(services: services).newSession(language: context.language).cookie
        }
        let (session, cookie) = JourneyController(services: services).freshSession(language: context.language)
        try await services.sessions.end(old.idHash, replacingWith: session, parkingAccountFormsAt: JourneyController.hash(Token.random()))
        return cookie
    }

    /// The posted form; refused (403) unless it carries the browser session's CSRF token.
    func postedForm(_ request: Request, _ context: AppRequestContext) async throws -> (form: FormBody, session: WebSession) {
        guard let session = try await existingSession(request) else { throw HTTPError.csrfRefused }
        let form = try await FormBody.parse(request, context: context, limit: 64 * 1024)
        try form.requireToken(session.csrfToken)
        return (form, session)
    }

    /// A page in the site's frame, its body drawn by `body`.
    func page(
        _ context: AppRequestContext, path: String, title: String, errors: [FieldError] = [], back: String? = nil,
        status: HTTPResponse.Status = .ok, cookies: [Cookie?] = [], body: (inout PageParts) -> Void
    ) -> Response {
        var parts = PageParts(language: context.language)
        parts.errorSummary(errors)
        body(&parts)
        let layout = PageLayout(
            language: context.language, path: path, title: title, backLink: back, errors: errors, headerLinks: context.headerLinks
        )
        var response = Response.html(services.renderer.page(layout.model, main: parts.html), status: status)
        for cookie in cookies.compactMap({ $0 }) { response.setCookie(cookie) }
        return response
    }
}

extension AppRequestContext {
    /// The English text, or the Gaelic when the page is in Gaelic and a translation is given.
    func text(_ english: String, _ gaelic: String? = nil) -> String {
        language == .gd ? (gaelic ?? english) : english
    }
}

extension Response {
    func setting(_ cookies: Cookie?...) -> Response {
        var response = self
        for cookie in cookies.compactMap({ $0 }) { response.setCookie(cookie) }
        return response
    }
}

/// The page dates, now drawn in `Views`; named here too for the files that do not import Views.
typealias DisplayDate = Views.DisplayDate
