/// A job a member of staff does. Case officers and field workers are granted it per service; a service designer or
/// an analyst for every service or for some; the other roles hold it across the council (administration and strategy
/// are not tied to one service).
public enum StaffRole: String, CaseIterable, Sendable {
    case administrator
    case serviceDesigner = "service-designer"
    case caseOfficer = "case-officer"
    case fieldWorker = "field-worker"
    case customerServiceAgent = "customer-service-agent"
    case analyst
    case strategyLead = "strategy-lead"

    /// Whether a grant of this role names the services it covers.
    public var isPerService: Bool { self == .caseOfficer || self == .fieldWorker }

    /// Whether a grant may name a service without having to: a service designer or an analyst may be limited to some
    /// services.
    public var mayNameService: Bool { isPerService || self == .serviceDesigner || self == .analyst }

    public var displayName: String {
        switch self {
        case .administrator: "Administrator"
        case .serviceDesigner: "Service designer"
        case .caseOfficer: "Case officer"
        case .fieldWorker: "Field worker"
        case .customerServiceAgent: "Customer service agent"
        case .analyst: "Analyst"
        case .strategyLead: "Strategy lead"
        }
    }
}

/// One role held by one member of staff, for one service or (for roles not granted per service) everywhere.
public struct RoleGrant: Sendable, Hashable {
    public var role: StaffRole
    /// The service the grant covers; nil for a council-wide role.
    public var serviceSlug: String?

    public init(role: StaffRole, serviceSlug: String? = nil) {
        self.role = role
        self.serviceSlug = serviceSlug
    }

    public var description: String {
        serviceSlug.map { "\(role.rawValue) for \($0)" } ?? role.rawValue
    }
}

public enum RoleGrantProblem: Error, Equatable, CustomStringConvertible {
    case serviceRequired(StaffRole)
    case serviceNotAllowed(StaffRole)

    public var description: String {
        switch self {
        case .serviceRequired(let role): "the \(role.rawValue) role is granted per service: name the service"
        case .serviceNotAllowed(let role): "the \(role.rawValue) role covers every service: do not name one"
        }
    }
}

extension RoleGrant {
    /// A grant, checked: per-service roles need a service and the others must not have one.
    public static func checked(role: StaffRole, serviceSlug: String?) throws(RoleGrantProblem) -> RoleGrant {
        let slug = serviceSlug.flatMap { $0.isEmpty ? nil : $0 }
        if role.isPerService, slug == nil { throw .serviceRequired(role) }
        if !role.mayNameService, slug != nil { throw .serviceNotAllowed(role) }
        return RoleGrant(role: role, serviceSlug: slug)
    }
}
