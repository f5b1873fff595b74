import Foundation

/// A citizen's MyAccount: the email they sign in with and, unless they only use an identity provider, a password.
public struct CitizenAccount: Sendable, Equatable {
    public var id: Int64
    public var email: String
    /// bcrypt; nil for an account created through an identity provider that has not set a password.
    public var passwordHash: String?
    public var emailConfirmed: Bool
    public var createdAt: Date
    /// What an identity provider vouched for, such as `address`, used to pre-fill forms.
    public var profile: [String: JSONValue]

    public init(id: Int64, email: String, passwordHash: String?, emailConfirmed: Bool, createdAt: Date, profile: [String: JSONValue] = [:]) {
        self.profile = profile
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.emailConfirmed = emailConfirmed
        self.createdAt = createdAt
    }
}

/// A member of staff: signs in with a password and a TOTP authenticator, and holds role grants.
public struct StaffMember: Sendable, Equatable {
    public var id: Int64
    public var email: String
    /// bcrypt; nil until the person has used their set-up link.
    public var passwordHash: String?
    /// The authenticator's shared secret (base32); nil until enrolled.
    public var totpSecret: String?
    public var disabled: Bool
    public var grants: [RoleGrant]
    public var createdAt: Date

    public init(id: Int64, email: String, passwordHash: String?, totpSecret: String?, disabled: Bool, grants: [RoleGrant], createdAt: Date) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.totpSecret = totpSecret
        self.disabled = disabled
        self.grants = grants
        self.createdAt = createdAt
    }

    public var access: StaffAccess { StaffAccess(grants: disabled ? [] : grants) }
}

/// Whose sign-in a session carries. Citizens and staff have separate sessions and cookies.
public enum PrincipalKind: String, Sendable {
    case citizen, staff
}

/// A signed-in session, kept in the database so that every server sees it and it can be revoked.
public struct AuthSession: Sendable, Equatable {
    /// SHA-256 of the cookie's token.
    public var idHash: String
    public var kind: PrincipalKind
    public var subjectID: Int64
    /// False while a member of staff has given their password but not yet their second factor.
    public var secondFactorDone: Bool
    public var createdAt: Date
    public var lastSeenAt: Date

    public init(idHash: String, kind: PrincipalKind, subjectID: Int64, secondFactorDone: Bool, createdAt: Date, lastSeenAt: Date) {
        self.idHash = idHash
        self.kind = kind
        self.subjectID = subjectID
        self.secondFactorDone = secondFactorDone
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }

    /// Whether the session has gone unused too long, or is older than any session may be.
    public func hasExpired(at now: Date, idle: TimeInterval, absolute: TimeInterval) -> Bool {
        now.timeIntervalSince(lastSeenAt) > idle || now.timeIntervalSince(createdAt) > absolute
    }
}

/// What a one-time link lets its holder do.
public enum LinkPurpose: String, Sendable {
    case confirmEmail = "confirm-email"
    case changeEmail = "change-email"
    case resetPassword = "reset-password"
    case resumeJourney = "resume-journey"
    case staffSetUp = "staff-set-up"
    case supplyInformation = "supply-information"
}

/// A link sent by email that works once, before it expires. Only the token's hash is stored.
public struct OneTimeLink: Sendable, Equatable {
    public var tokenHash: String
    public var purpose: LinkPurpose
    public var subjectID: Int64?
    /// What the link acts on, such as the new email address or the journey to resume.
    public var payload: String
    public var expiresAt: Date

    public init(tokenHash: String, purpose: LinkPurpose, subjectID: Int64?, payload: String, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.purpose = purpose
        self.subjectID = subjectID
        self.payload = payload
        self.expiresAt = expiresAt
    }
}

/// One line of the audit trail: who did what to whom, when and from where.
public struct AuditEntry: Sendable, Equatable {
    public var at: Date
    /// Who, as recorded: `citizen:12`, `staff:3`, `cli`, `anonymous` (`Actor(recorded:)` reads it).
    public var actor: String
    public var action: AuditAction
    public var subject: String?
    public var detail: String
    public var ipAddress: String?

    public init(at: Date = Date(), actor: Actor, action: AuditAction, subject: String? = nil, detail: String = "", ipAddress: String? = nil) {
        self.init(at: at, recordedActor: actor.recorded, action: action, subject: subject, detail: detail, ipAddress: ipAddress)
    }

    /// An entry as a row holds it.
    public init(at: Date, recordedActor: String, action: AuditAction, subject: String?, detail: String, ipAddress: String?) {
        self.at = at
        self.actor = recordedActor
        self.action = action
        self.subject = subject
        self.detail = detail
        self.ipAddress = ipAddress
    }
}

/// A submission as its citizen sees it in "Your requests".
public struct RequestSummary: Sendable, Equatable {
    public var reference: String
    public var serviceSlug: String
    public var serviceTitle: String
    public var submittedAt: Date
    public var status: String

    public init(reference: String, serviceSlug: String, serviceTitle: String, submittedAt: Date, status: String) {
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.serviceTitle = serviceTitle
        self.submittedAt = submittedAt
        self.status = status
    }
}

/// A change in a case's life, shown to the citizen as its status history.
public struct CaseEvent: Sendable, Equatable {
    public var kind: String
    public var detail: String
    public var at: Date

    public init(kind: String, detail: String, at: Date) {
        self.kind = kind
        self.detail = detail
        self.at = at
    }
}

/// An unfinished journey of a signed-in citizen, listed under "Continue where you left off".
public struct SavedJourney: Sendable, Equatable {
    public var slug: String
    public var updatedAt: Date

    public init(slug: String, updatedAt: Date) {
        self.slug = slug
        self.updatedAt = updatedAt
    }
}

public enum AccountError: Error, Equatable {
    case emailTaken
}

/// A sign-in begun at an identity provider, kept until the provider sends the person back.
public struct PendingProviderSignIn: Sendable, Equatable {
    /// SHA-256 of the `state` sent to the provider.
    public var stateHash: String
    public var provider: String
    public var nonce: String
    public var codeVerifier: String
    public var redirectURI: String
    public var returnTo: String
    /// The browser session that began it.
    public var sessionHash: String
    public var createdAt: Date

    public init(stateHash: String, provider: String, nonce: String, codeVerifier: String, redirectURI: String, returnTo: String, sessionHash: String, createdAt: Date) {
        self.stateHash = stateHash
        self.provider = provider
        self.nonce = nonce
        self.codeVerifier = codeVerifier
        self.redirectURI = redirectURI
        self.returnTo = returnTo
        self.sessionHash = sessionHash
        self.createdAt = createdAt
    }
}
