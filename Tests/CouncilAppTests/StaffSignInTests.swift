import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import Persistence
import Testing

@Suite struct StaffSignInTests {
    @Test(arguments: TestDatabase.engines)
    func firstSignInEnrolsAnAuthenticatorWithAQRCodeAndRecoveryCodes(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "anna.officer@council.example", .caseOfficer, service: "hardship-fund")
            let browser = BrowserSession(client)
            let afterPassword = try await browser.staffPassword("anna.officer@council.example")
            #expect(afterPassword.location == "/staff/mfa/set-up?return=/staff")
            // Password alone opens nothing.
            #expect(try await browser.get("/backoffice").location == "/staff/sign-in?return=/backoffice")

            let setUp = try await browser.follow(afterPassword)
            #expect(setUp.html.contains("<svg"))
            #expect(setUp.html.contains("role=\"img\""))
            let secret = try #require(setUp.hidden("secret"))
            #expect(setUp.html.contains("id=\"totp-secret\""))

            let wrong = try await browser.post("/staff/mfa/set-up", [("secret", secret), ("code", "000000"), ("return", "/staff")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorSummaryAnchors == ["code"])
            let done = try await browser.post("/staff/mfa/set-up", [("secret", secret), ("code", StaffFixture.code(secret, at: clock.now)), ("return", "/staff")])
            #expect(done.status == .ok)
            let codes = BrowserSession.Page.captureAll(#"<li>([23456789A-Z]{5}-[23456789A-Z]{5})</li>"#, in: done.html)
            #expect(codes.count == 10)
            #expect(try await browser.get("/backoffice").status == .ok)
            let actions = try await database.auditActions()
            #expect(actions.contains("staff.mfa-enrolled"))
            #expect(actions.contains("staff.mfa-enrolment-failed"))
            // Stored hashed: no code appears in the database.
            let stored = try await database.read { db in try await db.raw("SELECT code_hash FROM recovery_codes").all() }
            #expect(stored.count == 10)
            for row in stored { #expect(!codes.contains(try row.decode(column: "code_hash", as: String.self))) }
        }
    }

    @Test func everySignInNeedsAFreshCodeAndARecoveryCodeWorksOnce() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "sam@council.example", .analyst)
            let first = BrowserSession(client)
            let enrolment = try await first.enrolStaff("sam@council.example", clock: clock)
            _ = enrolment

            let second = BrowserSession(client)
            let afterPassword = try await second.staffPassword("sam@council.example")
            #expect(afterPassword.location == "/staff/mfa?return=/staff")
            _ = try await second.follow(afterPassword)
            let bad = try await second.post("/staff/mfa", [("code", "123456"), ("return", "/staff")])
            #expect(bad.status == .unprocessableContent)
            let good = StaffFixture.code(enrolment, at: clock.now)
            #expect(try await second.post("/staff/mfa", [("code", good), ("return", "/staff")]).location == "/staff")

            // The same code, seen over a shoulder, does not work again.
            let third = BrowserSession(client)
            _ = try await third.follow(try await third.staffPassword("sam@council.example"))
            let replay = try await third.post("/staff/mfa", [("code", good), ("return", "/staff")])
            #expect(replay.status == .unprocessableContent)

            // A recovery code from enrolment would work once; make a fresh set to read them.
            let member = try #require(try await SQLStaffRepository(database: database).member(email: "sam@council.example"))
            try await SQLStaffRepository(database: database).enrolAuthenticator(
                id: member.id, secret: enrolment, recoveryCodeHashes: [JourneyHashFixture.recoveryHash("ABCDE-FGHJK")]
            )
            let viaRecovery = try await third.post("/staff/mfa", [("code", "abcde fghjk"), ("return", "/staff")])
            #expect(viaRecovery.location == "/staff")
            let fourth = BrowserSession(client)
            _ = try await fourth.follow(try await fourth.staffPassword("sam@council.example"))
            #expect(try await fourth.post("/staff/mfa", [("code", "ABCDE-FGHJK"), ("return", "/staff")]).status == .unprocessableContent)
            #expect(try await database.auditActions().contains("staff.sign-in-recovery-code"))
        }
    }

    @Test func wrongCodesAreThrottledLikePasswords() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "lee@council.example", .fieldWorker, service: "report-a-pothole")
            let secret = try await BrowserSession(client).enrolStaff("lee@council.example", clock: clock)
            let browser = BrowserSession(client)
            _ = try await browser.follow(try await browser.staffPassword("lee@council.example"))
            for _ in 1...5 { _ = try await browser.post("/staff/mfa", [("code", "999999"), ("return", "/staff")]) }
            let locked = try await browser.post("/staff/mfa", [("code", StaffFixture.code(secret, at: clock.now)), ("return", "/staff")])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.errorSummaryMessages.first?.hasPrefix("You have tried to sign in too many times. Try again in") == true)
            clock.advance(16 * 60)
            let later = try await browser.post("/staff/mfa", [("code", StaffFixture.code(secret, at: clock.now)), ("return", "/staff")])
            #expect(later.location == "/staff")
        }
    }

    @Test func anAdministratorCanEndAStaffMembersSessionsAndEveryChangeIsAudited() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "admin@council.example", .administrator)
            let officerID = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let admin = BrowserSession(client)
            _ = try await admin.enrolStaff("admin@council.example", clock: clock)
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            #expect(try await officer.get("/backoffice").status == .ok)

            #expect(try await admin.get("/admin/staff/\(officerID)").status == .ok)
            let revoked = try await admin.post("/admin/staff/\(officerID)", [("action", "revoke-sessions")])
            #expect(revoked.location == "/admin/staff/\(officerID)?done=revoked")
            #expect(try await officer.get("/backoffice").location == "/staff/sign-in?return=/backoffice")

            _ = try await admin.post("/admin/staff/\(officerID)", [("action", "add-role"), ("role", "field-worker"), ("service", "report-a-pothole")])
            let member = try #require(try await SQLStaffRepository(database: database).member(id: officerID))
            #expect(Set(member.grants) == [RoleGrant(role: .caseOfficer, serviceSlug: "volunteering"), RoleGrant(role: .fieldWorker, serviceSlug: "report-a-pothole")])
            let badGrant = try await admin.post("/admin/staff/\(officerID)", [("action", "add-role"), ("role", "case-officer"), ("service", "")])
            #expect(badGrant.status == .badRequest)

            _ = try await admin.post("/admin/staff/\(officerID)", [("action", "disable")])
            #expect(try await officer.staffPassword("officer@council.example").status == .unprocessableContent)
            let audit = try await admin.get("/admin/audit")
            #expect(audit.html.contains("staff.sessions-revoked"))
            #expect(audit.html.contains("staff.role-granted"))
            #expect(audit.html.contains("staff.disabled"))
            #expect(audit.html.contains("staff.sign-in"))
            // A state change without the CSRF token changes nothing.
            let forged = try await admin.post("/admin/staff/\(officerID)", [("action", "enable")], withToken: false)
            #expect(forged.status == .forbidden)
            #expect(try await SQLStaffRepository(database: database).member(id: officerID)?.disabled == true)
        }
    }

    @Test func anAdministratorCreatesStaffWhoChooseAPasswordThroughASetUpLink() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "admin@council.example", .administrator)
            let admin = BrowserSession(client)
            _ = try await admin.enrolStaff("admin@council.example", clock: clock)
            _ = try await admin.get("/admin/staff/new")
            let missing = try await admin.post("/admin/staff/new", [("email", "new.person@council.example"), ("role", "case-officer"), ("service", "")])
            #expect(missing.errorSummaryAnchors == ["service"])
            let created = try await admin.post("/admin/staff/new", [("email", "new.person@council.example"), ("role", "case-officer"), ("service", "bulky-waste")])
            #expect(created.location?.hasPrefix("/admin/staff/") == true)
            let link = try #require(try await database.lastEmail(to: "new.person@council.example")?.linkPath)

            let newcomer = BrowserSession(client)
            #expect(try await newcomer.get(link).status == .ok)
            #expect(try await newcomer.post(link, [("password", "welcome to the council")]).location == "/staff/sign-in")
            #expect(try await newcomer.get(link).status == .notFound)
            let afterPassword = try await newcomer.staffPassword("new.person@council.example", password: "welcome to the council")
            #expect(afterPassword.location == "/staff/mfa/set-up?return=/staff")
        }
    }
}

enum JourneyHashFixture {
    /// How recovery codes are stored: the hash of the normalised code.
    static func recoveryHash(_ code: String) -> String { StaffRecoveryCodeHash.hash(code) }
}
