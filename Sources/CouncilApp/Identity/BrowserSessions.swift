import Crypto
import Domain
import Foundation
import Hummingbird

/// How every secret token the app hands out is stored: session ids, emailed links, API secrets, recovery codes. Only
/// the SHA-256 (hex) is kept, so a copy of the database opens nothing.
enum TokenHash {
    static func of(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

/// The browser session every visitor gets: its id travels in the `oc_session` cookie (stored only as a hash), its
/// CSRF token in every form; journeys and uploads hang off it. Signing in replaces it, signing out ends it.
struct BrowserSessions: Sendable {
    static let cookieName = "oc_session"

    let store: any SessionRepository
    let secureCookies: Bool

    /// The hash of the session id the request's cookie carries; nil without a well-formed cookie.
    func idHash(_ request: Request) -> String? {
        guard let token = request.cookieValue(Self.cookieName), token.count == 32 else { return nil }
        return TokenHash.of(token)
    }

    func existing(_ request: Request) async throws -> WebSession? {
        guard let idHash = idHash(request) else { return nil }
        return try await store.session(idHash: idHash)
    }

    /// The request's session, or a new one (stored) with the cookie that carries it.
    func current(_ request: Request, language: Language) async throws -> (session: WebSession, cookie: Cookie?) {
        if let session = try await existing(request) { return (session, nil) }
        let made = try await start(language: language)
        return (made.session, made.cookie)
    }

    /// A new session, stored, and the cookie that carries it.
    func start(language: Language) async throws -> (session: WebSession, cookie: Cookie) {
        let (session, cookie) = fresh(language: language)
        try await store.create(session)
        return (session, cookie)
    }

    /// A session and its cookie, not yet stored.
    func fresh(language: Language) -> (session: WebSession, cookie: Cookie) {
        let token = Token.random()
        let session = WebSession(idHash: TokenHash.of(token), csrfToken: Token.random(), language: language)
        let cookie = Cookie(name: Self.cookieName, value: token, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax)
        return (session, cookie)
    }

    /// At sign-in: a new session (id and CSRF token) replaces the request's, taking its forms with it (unsent ones
    /// becoming `citizenID`'s), so a session id known before sign-in is worth nothing after it.
    func rotated(_ request: Request, language: Language, adoptBy citizenID: Int64?) async throws -> Cookie {
        let (session, cookie) = fresh(language: language)
        try await store.rotate(from: try await existing(request)?.idHash, to: session, adoptBy: citizenID)
        return cookie
    }

    /// At sign-out: the session ends with its forms and confirmations (a signed-in citizen's unsent forms stay with the
    /// account, a staff member's assisted forms wait for them), and a new one replaces it.
    func ended(_ request: Request, language: Language) async throws -> Cookie {
        guard let old = try await existing(request) else { return try await start(language: language).cookie }
        let (session, cookie) = fresh(language: language)
        try await store.end(old.idHash, replacingWith: session, parkingAccountFormsAt: TokenHash.of(Token.random()))
        return cookie
    }
}

extension AppServices {
    var browserSessions: BrowserSessions { BrowserSessions(store: sessions, secureCookies: secureCookies) }
}
