import Domain
import Foundation
import Testing

@Suite("Access policy and account rules")
struct AccessPolicyTests {
    @Test func staffAreasAreMatchedByLongestPrefix() {
        #expect(StaffArea.containing(path: "/backoffice") == .backOffice)
        #expect(StaffArea.containing(path: "/backoffice/cases/ABC-2345-6789") == .backOffice)
        #expect(StaffArea.containing(path: "/analytics/demand") == .analytics)
        #expect(StaffArea.containing(path: "/backoffice/strategy/x") == .strategy)
        #expect(StaffArea.containing(path: "/backofficeX") == nil)
        #expect(StaffArea.containing(path: "/admin/staff/3") == .admin)
        #expect(StaffArea.containing(path: "/account") == nil)
    }

    @Test func caseOfficersSeeTheirServicesAndAgentsSeeAll() {
        let officer = StaffAccess(grants: [RoleGrant(role: .caseOfficer, serviceSlug: "hardship-fund")])
        #expect(officer.caseServices == ["hardship-fund"])
        #expect(officer.mayHandleCases(of: "hardship-fund"))
        #expect(!officer.mayHandleCases(of: "volunteering"))
        #expect(officer.areas == [.backOffice])

        let agent = StaffAccess(grants: [RoleGrant(role: .customerServiceAgent)])
        #expect(agent.caseServices == nil)
        #expect(agent.mayHandleCases(of: "volunteering"))

        let analyst = StaffAccess(grants: [RoleGrant(role: .analyst)])
        #expect(analyst.caseServices == [])
        #expect(!analyst.mayHandleCases(of: "volunteering"))
        #expect(!analyst.mayEnter(.backOffice))
        #expect(analyst.mayEnter(.analytics))

        let fieldWorker = StaffAccess(grants: [RoleGrant(role: .fieldWorker, serviceSlug: "report-a-pothole")])
        #expect(fieldWorker.fieldServices == ["report-a-pothole"])
        #expect(fieldWorker.areas == [.field])
    }

    @Test func serviceDesignersAreLimitedToTheServicesTheirGrantsName() throws {
        let everywhere = StaffAccess(grants: [RoleGrant(role: .serviceDesigner)])
        #expect(everywhere.designerServices == nil)
        #expect(everywhere.mayDesign("bulky-waste"))
        let limited = StaffAccess(grants: [RoleGrant(role: .serviceDesigner, serviceSlug: "bulky-waste"),
                                           RoleGrant(role: .serviceDesigner, serviceSlug: "volunteering")])
        #expect(limited.designerServices == ["bulky-waste", "volunteering"])
        #expect(limited.mayDesign("volunteering"))
        #expect(!limited.mayDesign("hardship-fund"))
        // One grant without a service opens every service, whatever else is granted.
        let both = StaffAccess(grants: [RoleGrant(role: .serviceDesigner, serviceSlug: "bulky-waste"), RoleGrant(role: .serviceDesigner)])
        #expect(both.mayDesign("hardship-fund"))
        #expect(!StaffAccess(grants: [RoleGrant(role: .caseOfficer, serviceSlug: "bulky-waste")]).mayDesign("bulky-waste"))
        #expect(try RoleGrant.checked(role: .serviceDesigner, serviceSlug: "bulky-waste").serviceSlug == "bulky-waste")
        #expect(try RoleGrant.checked(role: .serviceDesigner, serviceSlug: "").serviceSlug == nil)
    }

    @Test func aDisabledMemberOfStaffMayEnterNothing() {
        let member = StaffMember(id: 1, email: "a@b.example", passwordHash: nil, totpSecret: nil, disabled: true,
                                 grants: [RoleGrant(role: .administrator)], createdAt: Date())
        #expect(member.access.areas.isEmpty)
    }

    @Test func perServiceRolesNeedAServiceAndOthersRefuseOne() throws {
        #expect(throws: RoleGrantProblem.serviceRequired(.caseOfficer)) { try RoleGrant.checked(role: .caseOfficer, serviceSlug: "") }
        #expect(throws: RoleGrantProblem.serviceNotAllowed(.strategyLead)) { try RoleGrant.checked(role: .strategyLead, serviceSlug: "volunteering") }
        #expect(try RoleGrant.checked(role: .analyst, serviceSlug: "volunteering") == RoleGrant(role: .analyst, serviceSlug: "volunteering"))
        #expect(try RoleGrant.checked(role: .fieldWorker, serviceSlug: "bulky-waste") == RoleGrant(role: .fieldWorker, serviceSlug: "bulky-waste"))
        #expect(try RoleGrant.checked(role: .administrator, serviceSlug: nil) == RoleGrant(role: .administrator))
    }

    @Test func passwordPolicyFollowsNCSCGuidance() {
        let policy = PasswordPolicy(commonPasswords: ["Password123", "iloveyou12"])
        #expect(policy.problem(with: "", email: nil) == .missing)
        #expect(policy.problem(with: "nine char", email: nil) == .tooShort)
        #expect(policy.problem(with: "PASSWORD123", email: nil) == .common, "compared without case")
        #expect(policy.problem(with: "me@example.com", email: "ME@example.com") == .sameAsEmail)
        #expect(policy.problem(with: String(repeating: "a", count: 257), email: nil) == .tooLong)
        #expect(policy.problem(with: "no digits or symbols needed", email: nil) == nil, "no composition rules")
        #expect(policy.problem(with: "ten chars!", email: nil) == nil)
    }

    @Test func signInThrottleSlowsGuessesWithADelayThatDoublesUpToACap() {
        let policy = SignInThrottlePolicy()
        let rule = policy.accountFromAddress
        let now = Date(timeIntervalSince1970: 10_000)
        #expect(rule.delay(afterFailures: 4) == 0)
        #expect(rule.delay(afterFailures: 5) == 30)
        #expect(rule.delay(afterFailures: 6) == 60)
        #expect(rule.delay(afterFailures: 40) == 15 * 60)
        #expect(policy.account.delay(afterFailures: 1_000) == 60, "many addresses on one account: at worst a minute's wait")
        let latest = now.addingTimeInterval(-10)
        #expect(policy.waitUntil(failures: 4, latest: latest, rule: rule, now: now) == nil)
        #expect(policy.waitUntil(failures: 5, latest: latest, rule: rule, now: now) == latest.addingTimeInterval(30))
        #expect(policy.waitUntil(failures: 5, latest: now.addingTimeInterval(-31), rule: rule, now: now) == nil)
        #expect(SignInThrottlePolicy.minutes(until: now.addingTimeInterval(1), now: now) == 1)
        #expect(policy.lockedUntil(failures: 9, earliest: now.addingTimeInterval(-901), limit: 5, now: now) == nil)
    }

    @Test func recoveryCodesAreUnambiguousAndTypedLoosely() {
        let codes = RecoveryCodes.generate()
        #expect(codes.count == 10)
        #expect(Set(codes).count == 10)
        for code in codes {
            #expect(code.range(of: #"^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$"#, options: .regularExpression) != nil)
        }
        #expect(RecoveryCodes.normalised(" abcde fghjk ") == "ABCDEFGHJK")
        #expect(RecoveryCodes.normalised("ABCDE-FGHJK") == "ABCDEFGHJK")
    }

    @Test func sessionsExpireWhenIdleOrTooOld() {
        let start = Date(timeIntervalSince1970: 0)
        let session = AuthSession(idHash: "h", kind: .citizen, subjectID: 1, secondFactorDone: true, createdAt: start, lastSeenAt: start.addingTimeInterval(3000))
        #expect(!session.hasExpired(at: start.addingTimeInterval(3000 + 3599), idle: 3600, absolute: 86_400))
        #expect(session.hasExpired(at: start.addingTimeInterval(3000 + 3601), idle: 3600, absolute: 86_400))
        let busy = AuthSession(idHash: "h", kind: .citizen, subjectID: 1, secondFactorDone: true, createdAt: start, lastSeenAt: start.addingTimeInterval(86_400))
        #expect(busy.hasExpired(at: start.addingTimeInterval(86_401), idle: 3600, absolute: 86_400))
    }

    @Test func emailAddressesAreNormalisedAndChecked() {
        #expect(EmailAddress.normalised("  Morag@Example.COM \n") == "morag@example.com")
        #expect(EmailAddress.isPlausible("a@b.co"))
        #expect(!EmailAddress.isPlausible("a@b"))
        #expect(!EmailAddress.isPlausible("a b@c.com"))
        #expect(!EmailAddress.isPlausible("@c.com"))
        #expect(!EmailAddress.isPlausible("a@@c.com"))
    }
}
