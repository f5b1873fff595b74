import Domain

/// Adding a member of staff: their work email and every role they need at once.
public struct NewStaffPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var email: String
    /// The roles ticked (raw values), kept when the form comes back with errors.
    public var selectedRoles: Set<String>
    /// The service for the per-service roles; empty for none.
    public var service: String
    public var services: [ServiceChoice]
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, email: String, selectedRoles: Set<String>, service: String,
                services: [ServiceChoice], errors: [FieldError]) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.email = email
        self.selectedRoles = selectedRoles
        self.service = service
        self.services = services
        self.errors = errors
    }
}
