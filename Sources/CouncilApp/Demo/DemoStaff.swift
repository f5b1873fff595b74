import Domain

/// The demo accounts: one per role, in an email domain that no real deployment can have (`.invalid` is reserved by
/// RFC 2606 and never resolves), so the server can find them again to switch them on in demo mode and off otherwise.
public enum DemoStaff {
    public static let domain = "demo.onecouncil.invalid"
    /// Printed at start-up and shown on `/demo`; these accounts can do nothing outside demo mode.
    public static let password = "demo-only-password"
    /// Every demo account's authenticator secret (TOTP, as `StaffAuthenticator` uses it), so one code signs in as any
    /// of them; printed, and shown as a current code on `/demo`.
    public static let totpSecret = "OneCouncilDemoSecret"

    public struct Account: Sendable, Equatable {
        public var email: String
        public var grants: [RoleGrant]
    }

    public static func isDemo(email: String) -> Bool { email.hasSuffix("@" + domain) }

    /// One account per role; the per-service roles are granted for every sample service with cases (case officers)
    /// or with field visits (field workers).
    public static func accounts(services: [ServiceDefinition]) -> [Account] {
        let slugs = services.map(\.slug).sorted()
        let fieldSlugs = services.filter { $0.scheduling != nil }.map(\.slug).sorted()
        return StaffRole.allCases.map { role in
            let grants: [RoleGrant] = switch role {
            case .caseOfficer: slugs.map { RoleGrant(role: role, serviceSlug: $0) }
            case .fieldWorker: fieldSlugs.map { RoleGrant(role: role, serviceSlug: $0) }
            default: [RoleGrant(role: role)]
            }
            return Account(email: "\(role.rawValue)@\(domain)", grants: grants)
        }
    }
}
