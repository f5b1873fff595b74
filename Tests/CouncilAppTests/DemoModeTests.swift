import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import SQLKit
import Synchronization
import Testing

/// `onecouncil serve --demo`: demo staff for every role and sample cases, only in demo mode.
@Suite("Demo mode")
struct DemoModeTests {
    static func router(_ database: Database, _ location: DatabaseLocation, demo: Bool, clock: TestClock,
                       announced: Announcements = Announcements()) async throws -> Router<AppRequestContext> {
        try await ServicePublisher(database: database).publishMissing(from: TestApp.servicesDirectory, logger: TestDatabase.logger)
        var configuration = AppConfiguration(database: location, servicesDirectory: TestApp.servicesDirectory, secureCookies: true)
        configuration.bcryptCost = 4
        configuration.demo = demo
        return try await buildRouter(configuration, database: database, clock: CouncilClock(now: clock.closure),
                                     announceDemo: { announced.add($0) })
    }

    final class Announcements: Sendable {
        private let texts = Mutex<[String]>([])
        func add(_ text: String) { texts.withLock { $0.append(text) } }
        var all: [String] { texts.withLock { $0 } }
    }

    static func demoStaff(_ database: Database) async throws -> [StaffMember] {
        try await SQLStaffRepository(database: database).all().filter { DemoStaff.isDemo(email: $0.email) }
    }

    @Test("demo mode makes a member of staff for every role, cases in every state, and prints how to sign in", arguments: TestDatabase.engines)
    func demoStartsWithEveryRole(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, location in
            let clock = TestClock()
            let announced = Announcements()
            let router = try await Self.router(database, location, demo: true, clock: clock, announced: announced)
            let staff = try await Self.demoStaff(database)
            #expect(Set(staff.flatMap(\.grants).map(\.role)) == Set(StaffRole.allCases))
            #expect(staff.allSatisfy { !$0.disabled && $0.totpSecret == DemoStaff.totpSecret })
            let text = try #require(announced.all.first)
            #expect(text.contains("/staff/sign-in") && text.contains(DemoStaff.password) && text.contains("/demo"))
            for member in staff { #expect(text.contains(member.email)) }
            let cases = try await database.read { db in
                try await db.raw("SELECT service_slug, status, channel, due_day FROM cases").all()
                    .map { (try $0.decode(column: "service_slug", as: String.self), try $0.decode(column: "status", as: String.self),
                            try $0.decode(column: "channel", as: String.self), try $0.decode(column: "due_day", as: Int?.self)) }
            }
            for service in try await SQLServiceRepository(database: database).currentVersions() {
                let states = Set(cases.filter { $0.0 == service.slug }.map(\.1))
                #expect(states == Set(service.definition.workflow.states.map(\.id)), "a case in every state of \(service.slug)")
            }
            #expect(cases.contains { $0.2 == "phone" }, "an assisted case")
            #expect(cases.contains { ($0.3 ?? .max) < CouncilClock(now: clock.closure).today().dayNumber }, "an overdue case")
            let visits = try await database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM visits WHERE assignee_id IS NOT NULL").first()?.decode(column: "n", as: Int.self)
            }
            #expect(visits == 1, "a field visit for the demo field worker")

            let app = Application(router: router, logger: TestDatabase.logger)
            try await app.test(.router) { client in
                let browser = BrowserSession(client)
                let help = try await browser.get("/demo")
                #expect(help.status == .ok && help.html.contains("Demo accounts"))
                let agent = "\(StaffRole.customerServiceAgent.rawValue)@\(DemoStaff.domain)"
                _ = try await browser.staffSignIn(agent, password: DemoStaff.password, secret: DemoStaff.totpSecret, clock: clock)
                let home = try await browser.get("/staff")
                #expect(home.status == .ok && home.html.contains("/backoffice/assisted"))
                let queue = try await browser.get("/backoffice")
                #expect(queue.status == .ok)
            }
        }
    }

    @Test("starting again with --demo makes nothing twice", arguments: [DatabaseEngine.sqlite])
    func demoIsIdempotent(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, location in
            let clock = TestClock()
            _ = try await Self.router(database, location, demo: true, clock: clock)
            let staff = try await Self.demoStaff(database).count
            let cases = try await SQLSubmissionRepository(database: database).submissionCount()
            _ = try await Self.router(database, location, demo: true, clock: clock)
            #expect(try await Self.demoStaff(database).count == staff)
            #expect(try await SQLSubmissionRepository(database: database).submissionCount() == cases)
        }
    }

    @Test("without --demo there are no demo accounts, and those of an earlier demo cannot sign in", arguments: TestDatabase.engines)
    func demoAccountsOnlyInDemoMode(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, location in
            let clock = TestClock()
            _ = try await Self.router(database, location, demo: false, clock: clock)
            #expect(try await Self.demoStaff(database).isEmpty, "not created without --demo")

            _ = try await Self.router(database, location, demo: true, clock: clock)
            #expect(try await Self.demoStaff(database).count == StaffRole.allCases.count)
            let router = try await Self.router(database, location, demo: false, clock: clock)
            #expect(try await Self.demoStaff(database).allSatisfy(\.disabled))
            let app = Application(router: router, logger: TestDatabase.logger)
            try await app.test(.router) { client in
                let browser = BrowserSession(client)
                #expect(try await browser.get("/demo").status == .notFound)
                let admin = "\(StaffRole.administrator.rawValue)@\(DemoStaff.domain)"
                let refused = try await browser.staffPassword(admin, password: DemoStaff.password)
                #expect(refused.location == nil, "the password alone must not lead on to the second factor")
                #expect(try await browser.get("/staff").location?.hasPrefix("/staff/sign-in") == true)
                // Switched back on by hand (say from the admin pages), a demo account is still refused until a restart.
                let member = try #require(try await SQLStaffRepository(database: database).member(email: admin))
                try await SQLStaffRepository(database: database).setDisabled(id: member.id, disabled: false)
                let stillRefused = try await browser.staffPassword(admin, password: DemoStaff.password)
                #expect(stillRefused.location == nil)
            }
        }
    }
}

extension BrowserSession {
    /// Password and the current code for an account already enrolled with `secret`.
    func staffSignIn(_ email: String, password: String, secret: String, clock: TestClock,
                     sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let afterPassword = try await staffPassword(email, password: password)
        #expect(afterPassword.location?.hasPrefix("/staff/mfa") == true, sourceLocation: sourceLocation)
        _ = try await follow(afterPassword)
        let done = try await post("/staff/mfa", [("code", StaffFixture.code(secret, at: clock.now)), ("return", "/staff")])
        #expect(done.location == "/staff", "\(done.errorSummaryMessages)", sourceLocation: sourceLocation)
        clock.advance(30)
    }
}
