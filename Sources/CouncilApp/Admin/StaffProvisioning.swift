import Domain
import Foundation

/// Creating staff accounts from the command line, so that a new installation can get its first administrator.
public struct StaffProvisioning: Sendable {
    private let identity: IdentityServices

    init(identity: IdentityServices) {
        self.identity = identity
    }

    public enum Problem: Error, CustomStringConvertible {
        case invalidEmail(String)
        case unknownRole(String)
        case grant(RoleGrantProblem)
        case weakPassword(String)
        case exists(String)

        public var description: String {
            switch self {
            case .invalidEmail(let email): "--email: \(email) is not an email address"
            case .unknownRole(let role): "--role: \(role) is not a role; use one of \(StaffRole.allCases.map(\.rawValue).joined(separator: ", "))"
            case .grant(let problem): "--service: \(problem.description)"
            case .weakPassword(let reason): "password: \(reason)"
            case .exists(let email): "--email: there is already a staff account for \(email)"
            }
        }
    }

    /// Creates the account; with no password, returns the one-time set-up link to give the person (also emailed).
    public func create(email rawEmail: String, role rawRole: String, service: String?, password: String?) async throws -> (id: Int64, setUpLink: String?) {
        let email = EmailAddress.normalised(rawEmail)
        guard EmailAddress.isPlausible(email) else { throw Problem.invalidEmail(rawEmail) }
        guard let role = StaffRole(rawValue: rawRole) else { throw Problem.unknownRole(rawRole) }
        let grant: RoleGrant
        do { grant = try RoleGrant.checked(role: role, serviceSlug: service) } catch { throw Problem.grant(error) }
        var hash: String?
        if let password {
            if let problem = identity.policy.problem(with: password, email: email) {
                throw Problem.weakPassword(Self.describe(problem))
            }
            hash = try await identity.passwords.hash(password)
        }
        let member: StaffMember
        do {
            member = try await identity.staff.create(email: email, passwordHash: hash, grants: [grant])
        } catch AccountError.emailTaken {
            throw Problem.exists(email)
        }
        try await identity.audit.record(AuditEntry(actor: .commandLine, action: .staffCreated, subject: "staff:\(member.id)", detail: "granted \(grant.description)"))
        guard hash == nil else { return (member.id, nil) }
        let link = try await identity.newLink(.staffSetUp, subjectID: member.id, lifetime: AdminController.setUpLifetime, path: "/staff/set-up")
        try await identity.emails.enqueue(StaffEmails.setUp(to: email, link: link))
        return (member.id, link)
    }

    static func describe(_ problem: PasswordProblem) -> String {
        switch problem {
        case .missing: "it is empty"
        case .tooShort: "it must be at least \(PasswordPolicy.minimumLength) characters"
        case .tooLong: "it must be \(PasswordPolicy.maximumLength) characters or fewer"
        case .common: "it is on the list of common passwords"
        case .sameAsEmail: "it must not be the email address"
        }
    }
}
