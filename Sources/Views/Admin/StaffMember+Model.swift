import Domain

/// One staff account: its state, its roles (remove one, or give several more at once), and what an administrator
/// can do to its access.
public struct StaffMemberPage: PageModel {
    /// What the last change did, said at the top of the page.
    public enum Notice: String, Sendable, CaseIterable {
        case created, link, revoked, mfa, roles, disabled, enabled
    }

    public var layout: LayoutModel
    public var csrfToken: String
    public var member: StaffMember
    /// Devices signed in now.
    public var sessions: Int
    public var notice: Notice?
    public var services: [ServiceChoice]

    public init(layout: LayoutModel, csrfToken: String, member: StaffMember, sessions: Int, notice: Notice?, services: [ServiceChoice]) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.member = member
        self.sessions = sessions
        self.notice = notice
        self.services = services
    }

    var serviceTitles: [String: String] { Dictionary(services.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first }) }
}
