import Domain
import Foundation

/// Outside demo mode, the staff store as sign-in and the identity middleware see it: a demo account always reads as
/// disabled, so it cannot sign in or keep a session even if someone switches it back on in the admin pages before
/// the next restart disables it again.
struct DemoRefusingStaff: StaffRepository {
    let base: any StaffRepository

    private func refusing(_ member: StaffMember?) -> StaffMember? {
        guard var member, DemoStaff.isDemo(email: member.email) else { return member }
        member.disabled = true
        return member
    }

    func create(email: String, passwordHash: String?, grants: [RoleGrant]) async throws -> StaffMember {
        try await base.create(email: email, passwordHash: passwordHash, grants: grants)
    }
    func member(id: Int64) async throws -> StaffMember? { refusing(try await base.member(id: id)) }
    func member(email: String) async throws -> StaffMember? { refusing(try await base.member(email: email)) }
    func all() async throws -> [StaffMember] { try await base.all().compactMap(refusing) }
    func setPassword(id: Int64, hash: String) async throws { try await base.setPassword(id: id, hash: hash) }
    func enrolAuthenticator(id: Int64, secret: String, recoveryCodeHashes: [String]) async throws {
        try await base.enrolAuthenticator(id: id, secret: secret, recoveryCodeHashes: recoveryCodeHashes)
    }
    func useTOTPStep(id: Int64, step: Int64) async throws -> Bool { try await base.useTOTPStep(id: id, step: step) }
    func useRecoveryCode(id: Int64, codeHash: String) async throws -> Bool { try await base.useRecoveryCode(id: id, codeHash: codeHash) }
    func unusedRecoveryCodes(id: Int64) async throws -> Int { try await base.unusedRecoveryCodes(id: id) }
    func resetAuthenticator(id: Int64) async throws { try await base.resetAuthenticator(id: id) }
    func setGrants(id: Int64, grants: [RoleGrant]) async throws { try await base.setGrants(id: id, grants: grants) }
    func setDisabled(id: Int64, disabled: Bool) async throws { try await base.setDisabled(id: id, disabled: disabled) }
    func member(provider: String, subject: String) async throws -> StaffMember? {
        refusing(try await base.member(provider: provider, subject: subject))
    }
    func link(provider: String, subject: String, to id: Int64) async throws { try await base.link(provider: provider, subject: subject, to: id) }
}
