import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

@Suite("Identity repositories")
struct IdentityRepositoryTests {
    @Test("a one-time link is used once, even by racing requests", arguments: TestDatabase.engines)
    func oneTimeLinkIsConsumedOnce(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let links = SQLOneTimeLinkRepository(database: database)
            let now = Date()
            try await links.create(OneTimeLink(tokenHash: "abc", purpose: .resetPassword, subjectID: 7, payload: "", expiresAt: now.addingTimeInterval(60)))
            #expect(try await links.valid(tokenHash: "abc", purpose: .confirmEmail, at: now) == nil, "another purpose")
            #expect(try await links.valid(tokenHash: "abc", purpose: .resetPassword, at: now)?.subjectID == 7)
            let winners = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 { group.addTask { try await links.consume(tokenHash: "abc", purpose: .resetPassword, at: now) != nil } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(winners == 1)
            try await links.create(OneTimeLink(tokenHash: "old", purpose: .confirmEmail, subjectID: 1, payload: "x", expiresAt: now.addingTimeInterval(-1)))
            #expect(try await links.consume(tokenHash: "old", purpose: .confirmEmail, at: now) == nil, "expired")
        }
    }

    @Test("an email address has one account whatever its case, and a TOTP step is used once", arguments: TestDatabase.engines)
    func accountsAndTOTPSteps(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let citizens = SQLCitizenAccountRepository(database: database)
            let account = try await citizens.create(email: "a@example.com", passwordHash: "h", emailConfirmed: false)
            await #expect(throws: AccountError.emailTaken) { _ = try await citizens.create(email: "a@example.com", passwordHash: nil, emailConfirmed: true) }
            try await citizens.link(provider: "scotaccount", subject: "s-1", to: account.id)
            #expect(try await citizens.account(provider: "scotaccount", subject: "s-1")?.id == account.id)

            let staff = SQLStaffRepository(database: database)
            let member = try await staff.create(email: "s@council.example", passwordHash: nil, grants: [RoleGrant(role: .caseOfficer, serviceSlug: "x"), RoleGrant(role: .analyst)])
            #expect(Set(try await staff.member(id: member.id)?.grants ?? []) == Set(member.grants))
            try await staff.enrolAuthenticator(id: member.id, secret: "secret", recoveryCodeHashes: ["r1", "r2"])
            #expect(try await staff.useTOTPStep(id: member.id, step: 100))
            #expect(!(try await staff.useTOTPStep(id: member.id, step: 100)), "same step again")
            #expect(!(try await staff.useTOTPStep(id: member.id, step: 99)), "an earlier step")
            #expect(try await staff.useRecoveryCode(id: member.id, codeHash: "r1"))
            #expect(!(try await staff.useRecoveryCode(id: member.id, codeHash: "r1")))
            #expect(try await staff.unusedRecoveryCodes(id: member.id) == 1)
        }
    }
}
