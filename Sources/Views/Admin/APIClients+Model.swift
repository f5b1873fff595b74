import Domain

/// API clients: the list with a revoke button for each live one, a form to add one, and the token of one just
/// added (shown once).
public struct APIClientsPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var clients: [APIClient]
    public var services: [ServiceChoice]
    public var name: String
    public var scopes: Set<String>
    public var chosenServices: Set<String>
    /// "API client 3 is revoked", after a revocation.
    public var revoked: String?
    /// The client just created and its token.
    public var created: (client: APIClient, token: String)?
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, clients: [APIClient], services: [ServiceChoice], name: String = "",
                scopes: Set<String> = [], chosenServices: Set<String> = [], revoked: String? = nil,
                created: (client: APIClient, token: String)? = nil, errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.clients = clients
        self.services = services
        self.name = name
        self.scopes = scopes
        self.chosenServices = chosenServices
        self.revoked = revoked
        self.created = created
        self.errors = errors
    }
}
