/// A button to sign in with (or link) an identity provider configured for the site: its id in the address, its name
/// on the button. Shared by the citizen and staff sign-in pages and staff home.
public struct IdentityProviderLink: Sendable, Equatable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
