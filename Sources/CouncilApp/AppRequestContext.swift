import Domain
import Hummingbird
import Views

/// The request context for every route: the page language, and who is signed in (set by the identity middleware).
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var language: Language = .en
    /// Set when this request switched the language, so the response remembers it in a cookie.
    public var switchedLanguage = false
    public var bodyLimit: Int = 30 * 1024 * 1024
    /// The client's IP address, for sign-in throttling, message limits and the audit trail: the peer's, or the one a
    /// trusted proxy forwarded for (set by `ClientAddressMiddleware`).
    public var remoteAddress: String?
    /// The signed-in citizen, if the request carries a live MyAccount session.
    public var citizen: CitizenAccount?
    /// The member of staff, once they have given both password and second factor.
    public var staff: StaffMember?
    /// A staff session that has the password but not yet the second factor.
    public var staffPending: (session: AuthSession, member: StaffMember)?

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    public var maxUploadSize: Int { bodyLimit }

    /// Who did something, as the audit trail names them.
    var actor: Actor {
        if let staff { return .staff(staff.id) }
        if let citizen { return .citizen(citizen.id) }
        return .anonymous
    }

    /// The header's account links: sign in, or the signed-in person's home and sign out.
    var headerLinks: [HeaderLink] {
        if staff != nil {
            return [
                HeaderLink(text: Phrase.staffHome(language), href: "/staff"),
                HeaderLink(text: Phrase.signOut(language), href: "/staff/sign-out"),
            ]
        }
        if citizen != nil {
            return [
                HeaderLink(text: Phrase.yourAccount(language), href: "/account"),
                HeaderLink(text: Phrase.signOut(language), href: "/account/sign-out"),
            ]
        }
        return [HeaderLink(text: Phrase.signIn(language), href: "/account/sign-in")]
    }
}
