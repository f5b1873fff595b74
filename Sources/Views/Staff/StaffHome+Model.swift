import Domain

/// Staff home: every area and tool the person's roles open, their roles in words, and linking a council account.
public struct StaffHomePage: PageModel {
    public var layout: LayoutModel
    public var email: String
    /// The areas and tools, as the navigation lists them (staff home itself left out).
    public var areas: [StaffNavigation.Item]
    public var roles: [RoleGrant]
    /// Just back from linking a council account.
    public var accountLinked: Bool
    /// Council accounts (OpenID Connect providers) the person can link, with the form token; empty when none.
    public var identityProviders: [IdentityProviderLink]
    public var csrfToken: String?

    public init(layout: LayoutModel, email: String, access: StaffAccess, roles: [RoleGrant], accountLinked: Bool,
                identityProviders: [IdentityProviderLink], csrfToken: String?) {
        self.layout = layout
        self.email = email
        self.areas = StaffNavigation.items(for: access).filter { $0.href != "/staff" }
        self.roles = roles
        self.accountLinked = accountLinked
        self.identityProviders = identityProviders
        self.csrfToken = csrfToken
    }
}
