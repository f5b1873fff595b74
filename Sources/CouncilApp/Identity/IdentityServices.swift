import Domain
import Foundation
import Hummingbird

/// How long sign-ins last. Staff hold personal data of many people, so their sessions are shorter.
public struct SessionTimeouts: Sendable {
    public var citizenIdle: TimeInterval = 60 * 60
    public var citizenAbsolute: TimeInterval = 24 * 60 * 60
    public var staffIdle: TimeInterval = 30 * 60
    public var staffAbsolute: TimeInterval = 12 * 60 * 60

    public init() {}

    func idle(_ kind: PrincipalKind) -> TimeInterval { kind == .citizen ? citizenIdle : staffIdle }
    func absolute(_ kind: PrincipalKind) -> TimeInterval { kind == .citizen ? citizenAbsolute : staffAbsolute }
}

/// Accounts, staff, sessions, links, throttling and the audit trail, as the controllers use them.
struct IdentityServices: Sendable {
    let citizens: any CitizenAccountRepository
    let staff: any StaffRepository
    let sessions: any AuthSessionRepository
    let links: any OneTimeLinkRepository
    let attempts: any SignInAttemptRepository
    let audit: any AuditLog
    let emails: any EmailOutbox
    let pendingSignIns: any PendingProviderSignInRepository
    let passwords: PasswordHasher
    let policy: PasswordPolicy
    let throttle: SignInThrottlePolicy
    let messageLimiter: MessageLimiter
    let timeouts: SessionTimeouts
    /// The site's own address, for links in emails.
    let publicURL: String
    let secureCookies: Bool
    /// The app's clock; `now` is its `now`, kept for the callers that ask for it.
    let clock: CouncilClock
    let now: @Sendable () -> Date

    static let citizenCookie = "oc_account"
    static let staffCookie = "oc_staff"

    static func cookieName(_ kind: PrincipalKind) -> String { kind == .citizen ? citizenCookie : staffCookie }

    init(
        citizens: any CitizenAccountRepository, staff: any StaffRepository, sessions: any AuthSessionRepository,
        links: any OneTimeLinkRepository, attempts: any SignInAttemptRepository, audit: any AuditLog, emails: any EmailOutbox,
        pendingSignIns: any PendingProviderSignInRepository, limitCounter: any LimitCounter,
        configuration: AppConfiguration, policy: PasswordPolicy, clock: CouncilClock
    ) {
        self.citizens = citizens
        self.staff = staff
        self.sessions = sessions
        self.links = links
        self.attempts = attempts
        self.audit = audit
        self.emails = emails
        self.pendingSignIns = pendingSignIns
        passwords = PasswordHasher(cost: configuration.bcryptCost)
        self.policy = policy
        throttle = SignInThrottlePolicy()
        messageLimiter = MessageLimiter(limits: configuration.messageLimits, counter: limitCounter, now: clock.now)
        timeouts = configuration.sessionTimeouts
        publicURL = configuration.publicURL
        secureCookies = configuration.secureCookies
        self.clock = clock
        now = clock.now
    }

    // MARK: Sessions

    /// Starts a signed-in session and returns the cookie that carries it. The token is new, so a token planted in
    /// the browser before sign-in never becomes a signed-in one.
    func startSession(_ kind: PrincipalKind, subjectID: Int64, secondFactorDone: Bool) async throws -> Cookie {
        let token = Token.random()
        let at = now()
        try await sessions.create(AuthSession(
            idHash: TokenHash.of(token), kind: kind, subjectID: subjectID, secondFactorDone: secondFactorDone,
            createdAt: at, lastSeenAt: at
        ))
        return Cookie(name: Self.cookieName(kind), value: token, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// The live session the request carries for `kind`; an expired one is deleted. Touches it at most once a minute,
    /// so the idle timeout works without a write on every page.
    func liveSession(_ kind: PrincipalKind, _ request: Request) async throws -> AuthSession? {
        guard let token = request.cookies[Self.cookieName(kind)]?.value, token.count == 32 else { return nil }
        guard let session = try await sessions.session(idHash: TokenHash.of(token)), session.kind == kind else { return nil }
        let at = now()
        if session.hasExpired(at: at, idle: timeouts.idle(kind), absolute: timeouts.absolute(kind)) {
            try await sessions.delete(idHash: session.idHash)
            return nil
        }
        if at.timeIntervalSince(session.lastSeenAt) > 60 { try await sessions.touch(idHash: session.idHash, at: at) }
        return session
    }

    /// Ends the request's session for `kind` and returns the cookie that clears it from the browser.
    func endSession(_ kind: PrincipalKind, _ request: Request) async throws -> Cookie {
        if let token = request.cookies[Self.cookieName(kind)]?.value {
            try await sessions.delete(idHash: TokenHash.of(token))
        }
        return Cookie(name: Self.cookieName(kind), value: "", expires: Date(timeIntervalSince1970: 0), path: "/",
                      secure: secureCookies, httpOnly: true, sameSite: .lax)
    }

    // MARK: One-time links

    /// Creates a one-time link and returns its address; only the token's hash is stored.
    func newLink(_ purpose: LinkPurpose, subjectID: Int64?, payload: String = "", lifetime: TimeInterval, path: String) async throws -> String {
        let token = Token.random()
        try await links.create(OneTimeLink(
            tokenHash: TokenHash.of(token), purpose: purpose, subjectID: subjectID, payload: payload,
            expiresAt: now().addingTimeInterval(lifetime)
        ))
        return "\(publicURL)\(path)/\(token)"
    }

    func consume(_ token: String, _ purpose: LinkPurpose) async throws -> OneTimeLink? {
        guard token.count == 32 else { return nil }
        return try await links.consume(tokenHash: TokenHash.of(token), purpose: purpose, at: now())
    }

    func peek(_ token: String, _ purpose: LinkPurpose) async throws -> OneTimeLink? {
        guard token.count == 32 else { return nil }
        return try await links.valid(tokenHash: TokenHash.of(token), purpose: purpose, at: now())
    }

    // MARK: Throttling and audit

    /// When this account may be guessed at again from `address`: the latest wait of the account from that address,
    /// the address across accounts, and the account from everywhere. Nil: now.
    func lockedUntil(_ kind: PrincipalKind, email: String, address: String?) async throws -> Date? {
        let at = now()
        let since = at.addingTimeInterval(-throttle.window)
        var checks = [
            (SignInThrottlePolicy.accountKey(kind, email), throttle.account),
            (SignInThrottlePolicy.accountFromAddressKey(kind, email, address ?? "unknown"), throttle.accountFromAddress),
        ]
        if let address { checks.append((SignInThrottlePolicy.addressKey(address), throttle.address)) }
        var until: Date?
        for (key, rule) in checks {
            let failures = try await attempts.failures(key: key, since: since)
            if let wait = throttle.waitUntil(failures: failures.count, latest: failures.latest, rule: rule, now: at) {
                until = max(until ?? wait, wait)
            }
        }
        return until
    }

    func recordFailure(_ kind: PrincipalKind, email: String, address: String?) async throws {
        var keys = [SignInThrottlePolicy.accountKey(kind, email), SignInThrottlePolicy.accountFromAddressKey(kind, email, address ?? "unknown")]
        if let address { keys.append(SignInThrottlePolicy.addressKey(address)) }
        try await attempts.recordFailure(keys: keys, at: now())
    }

    /// After a right guess: the account starts afresh from this address. The account's failures from elsewhere still
    /// count, so a guesser's run is not reset by its owner signing in.
    func clearFailures(_ kind: PrincipalKind, email: String, address: String?) async throws {
        try await attempts.clear(key: SignInThrottlePolicy.accountFromAddressKey(kind, email, address ?? "unknown"))
    }

    func record(_ context: AppRequestContext, _ action: AuditAction, subject: String? = nil, detail: String = "", actor: Actor? = nil) async throws {
        try await audit.record(AuditEntry(
            at: now(), actor: actor ?? context.actor, action: action, subject: subject, detail: detail, ipAddress: context.remoteAddress
        ))
    }
}
