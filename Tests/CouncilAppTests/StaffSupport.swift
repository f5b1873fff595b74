import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HummingbirdOTP
import HummingbirdTesting
import Persistence
import Testing

enum StaffFixture {
    static let password = "staff passphrase for tests"

    /// Creates a staff account with a password, as `onecouncil users create` does.
    static func create(_ database: Database, _ email: String, _ role: StaffRole, service: String? = nil) async throws -> Int64 {
        var configuration = AppConfiguration(servicesDirectory: TestApp.servicesDirectory)
        configuration.bcryptCost = 4
        return try await StaffProvisioning(database: database, configuration: configuration)
            .create(email: email, role: role.rawValue, service: service, password: password).id
    }

    static func code(_ secret: String, at date: Date) -> String {
        String(format: "%06d", TOTP(secret: secret).compute(date: date))
    }
}

extension BrowserSession {
    func staffPassword(_ email: String, password: String = StaffFixture.password) async throws -> Page {
        _ = try await get("/staff/sign-in")
        return try await post("/staff/sign-in", [("email", email), ("password", password), ("return", "/staff")])
    }

    /// First sign-in: password, then the authenticator set-up; returns the shared secret the page gave.
    func enrolStaff(_ email: String, clock: TestClock, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let afterPassword = try await staffPassword(email)
        #expect(afterPassword.location?.hasPrefix("/staff/mfa/set-up") == true, sourceLocation: sourceLocation)
        let setUp = try await follow(afterPassword)
        let secret = try #require(setUp.hidden("secret"), sourceLocation: sourceLocation)
        let done = try await post("/staff/mfa/set-up", [("secret", secret), ("code", StaffFixture.code(secret, at: clock.now)), ("return", "/staff")])
        #expect(done.status == .ok, "\(done.errorSummaryMessages)", sourceLocation: sourceLocation)
        clock.advance(30)
        return secret
    }

    /// A later sign-in: password and the current code.
    func staffSignIn(_ email: String, secret: String, clock: TestClock, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let afterPassword = try await staffPassword(email)
        #expect(afterPassword.location?.hasPrefix("/staff/mfa?") == true, sourceLocation: sourceLocation)
        _ = try await follow(afterPassword)
        let done = try await post("/staff/mfa", [("code", StaffFixture.code(secret, at: clock.now)), ("return", "/staff")])
        #expect(done.location == "/staff", "\(done.errorSummaryMessages)", sourceLocation: sourceLocation)
        clock.advance(30)
    }
}

extension BrowserSession {
    /// A new member of staff with `role`, enrolled and signed in, in a browser of their own.
    static func staff(_ client: any TestClientProtocol, _ database: Database, _ email: String, _ role: StaffRole, service: String? = nil,
                      clock: TestClock, sourceLocation: SourceLocation = #_sourceLocation) async throws -> BrowserSession {
        _ = try await StaffFixture.create(database, email, role, service: service)
        let browser = BrowserSession(client)
        _ = try await browser.enrolStaff(email, clock: clock, sourceLocation: sourceLocation)
        return browser
    }
}
