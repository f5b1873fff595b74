import Crypto
import Domain
import Foundation
import Hummingbird

/// Finding and starting the browser session and the journey a request belongs to.
extension JourneyController {
    static let sessionCookie = "oc_session"

    /// A journey in progress, with its definition, its decoded answers and the route they lead along (worked out once).
    struct Active {
        let session: WebSession
        let state: JourneyState
        let service: PublishedService
        let answers: Answers
        let walk: JourneyRoute.Walk

        init(session: WebSession, state: JourneyState, service: PublishedService) {
            self.session = session
            self.state = state
            self.service = service
            answers = AnswerCoding.answers(from: state.answers, definition: service.definition)
            walk = JourneyRoute(service.definition).walk(answers, completed: state.completed)
        }

        var definition: ServiceDefinition { service.definition }
        var route: JourneyRoute { JourneyRoute(service.definition) }

        /// The same journey after `state` was saved.
        func replacing(_ state: JourneyState) -> Active {
            Active(session: session, state: state, service: service)
        }
    }

    static func hash(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The browser's session and its journey for `slug`, in one read; nil when the browser has no session.
    func sessionAndJourney(_ request: Request, slug: String) async throws -> (session: WebSession, journey: JourneyState?)? {
        guard let token = request.cookieValue(Self.sessionCookie), token.count == 32 else { return nil }
        return try await services.journeys.sessionAndJourney(sessionHash: Self.hash(token), slug: slug)
    }

    /// A new session and the cookie that carries it.
    func newSession(language: Language) async throws -> (session: WebSession, cookie: Cookie) {
        let (session, cookie) = freshSession(language: language)
        try await services.sessions.create(session)
        return (session, cookie)
    }

    /// A session and its cookie, not yet stored.
    func freshSession(language: Language) -> (session: WebSession, cookie: Cookie) {
        let token = Token.random()
        let session = WebSession(idHash: Self.hash(token), csrfToken: Token.random(), language: language)
        let cookie = Cookie(name: Self.sessionCookie, value: token, path: "/", secure: services.secureCookies, httpOnly: true, sameSite: .lax)
        return (session, cookie)
    }

    /// The journey for `slug` in this browser, on the version it started with; nil when there is none.
    func active(_ request: Request, slug: String) async throws -> Active? {
        guard let found = try await sessionAndJourney(request, slug: slug),
              let state = found.journey,
              let service = try await services.catalogue.version(slug: slug, version: state.version) else { return nil }
        return Active(session: found.session, state: state, service: service)
    }
}
