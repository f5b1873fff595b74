/// The staff areas of the site, each open to the roles whose work is there and to nobody else.
public enum StaffArea: String, CaseIterable, Sendable {
    /// Cases: officers for their services, customer service agents for every service (they act for callers).
    case backOffice = "/backoffice"
    case analytics = "/analytics"
    case strategy = "/backoffice/strategy"
    case field = "/field"
    case designer = "/designer"
    case admin = "/admin"

    public var roles: Set<StaffRole> {
        switch self {
        case .backOffice: [.caseOfficer, .customerServiceAgent]
        case .analytics: [.analyst, .strategyLead]
        case .strategy: [.strategyLead]
        case .field: [.fieldWorker]
        case .designer: [.serviceDesigner]
        case .admin: [.administrator]
        }
    }

    /// The area an address belongs to: the longest matching prefix, so `/backoffice/strategy` is not `/backoffice`.
    public static func containing(path: String) -> StaffArea? {
        allCases
            .filter { path == $0.rawValue || path.hasPrefix($0.rawValue + "/") }
            .max { $0.rawValue.count < $1.rawValue.count }
    }
}

/// What one member of staff may see and do, worked out from their role grants.
public struct StaffAccess: Sendable, Equatable {
    public let grants: Set<RoleGrant>

    public init(grants: some Sequence<RoleGrant>) {
        self.grants = Set(grants)
    }

    public func has(_ role: StaffRole) -> Bool { grants.contains { $0.role == role } }

    public func mayEnter(_ area: StaffArea) -> Bool { grants.contains { area.roles.contains($0.role) } }

    /// The areas this person may enter, in the order the staff home page lists them.
    public var areas: [StaffArea] { StaffArea.allCases.filter(mayEnter) }

    /// The services whose cases this person may open; nil means every service.
    public var caseServices: Set<String>? {
        if has(.customerServiceAgent) { return nil }
        return Set(grants.filter { $0.role == .caseOfficer }.compactMap(\.serviceSlug))
    }

    public func mayHandleCases(of slug: String) -> Bool {
        caseServices.map { $0.contains(slug) } ?? true
    }

    /// The services this person may design; nil means every service. A service-designer grant naming a service
    /// limits the person to the services named; one grant without a service opens every service (as before grants
    /// could name one).
    public var designerServices: Set<String>? {
        let grants = grants.filter { $0.role == .serviceDesigner }
        if grants.contains(where: { $0.serviceSlug == nil }) { return nil }
        return Set(grants.compactMap(\.serviceSlug))
    }

    /// Whether this person may design `slug`: a service designer for every service or for this one.
    public func mayDesign(_ slug: String) -> Bool {
        guard has(.serviceDesigner) else { return false }
        return designerServices.map { $0.contains(slug) } ?? true
    }

    /// The services whose figures this person may see on the dashboards; nil means every service. A strategy lead,
    /// or an analyst with a grant naming no service, sees every service; analyst grants naming services limit the
    /// analyst to those (as `designerServices` does for designers).
    public var analyticsServices: Set<String>? {
        if has(.strategyLead) { return nil }
        let grants = grants.filter { $0.role == .analyst }
        if grants.contains(where: { $0.serviceSlug == nil }) { return nil }
        return Set(grants.compactMap(\.serviceSlug))
    }

    /// Whether this person may see `slug`'s figures.
    public func maySeeFigures(of slug: String) -> Bool {
        guard mayEnter(.analytics) else { return false }
        return analyticsServices.map { $0.contains(slug) } ?? true
    }

    /// The services whose visits this field worker may see and record.
    public var fieldServices: Set<String> {
        Set(grants.filter { $0.role == .fieldWorker }.compactMap(\.serviceSlug))
    }
}
