import Domain

extension RoleGrant {
    /// The grant in words: "Case officer – Report a pothole"; the service's slug when its title is not known.
    public func words(_ language: Language, serviceTitles: [String: String]) -> String {
        role.name(language) + (serviceSlug.map { " – " + (serviceTitles[$0] ?? $0) } ?? "")
    }
}

/// A published service as the admin forms offer it.
public struct ServiceChoice: Sendable, Equatable {
    public var slug: String
    public var title: String

    public init(slug: String, title: String) {
        self.slug = slug
        self.title = title
    }
}

extension PageParts {
    /// The role checkboxes and the service for the per-service roles, as the new-staff and staff pages give roles.
    mutating func roleChoices(legend: Phrase = .adminRolesToGive, selectedRoles: Set<String>, service: String, services: [ServiceChoice],
                              errors: [FieldError]) {
        choices("role", legend: legend(language), options: StaffRole.allCases.map { ($0.rawValue, $0.name(language)) },
                selected: selectedRoles, multiple: true, hint: Phrase.adminRolesHint(language), errors: errors)
        choices("service", legend: Phrase.adminService(language),
                options: [("", Phrase.adminNotPerService(language))] + services.map { ($0.slug, $0.title) },
                selected: [service], hint: Phrase.adminServiceHint(language), errors: errors)
    }
}
