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
        try await services.browserSessions.current(request, language: context.language)
    }

    func existingSession(_ request: Request) async throws -> WebSession? {
        try await services.browserSessions.existing(request)
    }

    /// At sign-in: see `BrowserSessions.rotated`.
    func rotatedSession(_ request: Request, _ context: AppRequestContext, adoptBy citizenID: Int64?) async throws -> Cookie {
        try await services.browserSessions.rotated(request, language: context.language, adoptBy: citizenID)
    }

    /// At sign-out: see `BrowserSessions.ended`.
    func endedSession(_ request: Request, _ context: AppRequestContext) async throws -> Cookie {
        try await services.browserSessions.ended(request, language: context.language)
    }

    /// The posted form; refused (403) unless it carries the browser session's CSRF token.
    func postedForm(_ request: Request, _ context: AppRequestContext) async throws -> (form: FormBody, session: WebSession) {
        guard let session = try await existingSession(request) else { throw HTTPError.csrfRefused }
        let form = try await FormBody.parse(request, context: context, limit: 64 * 1024)
        try form.requireToken(session.csrfToken)
        return (form, session)
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
