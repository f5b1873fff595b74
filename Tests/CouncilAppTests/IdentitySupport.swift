import CouncilApp
import CouncilTestSupport
import AsyncHTTPClient
import Domain
import Foundation
import Persistence
import SQLKit
import Synchronization
import Testing

/// A clock the test moves by hand, for expiry, idle timeouts and TOTP steps.
final class TestClock: Sendable {
    private let current: Mutex<Date>
    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = Mutex(start) }
    var now: Date { current.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
    var closure: @Sendable () -> Date { { [self] in self.now } }
}

extension Database {
    /// The newest email queued for `address`.
    func lastEmail(to address: String) async throws -> OutgoingEmail? {
        try await SQLEmailOutbox(database: self).queued(to: address, limit: 1).first
    }

    func emails(to address: String) async throws -> [OutgoingEmail] {
        try await SQLEmailOutbox(database: self).queued(to: address, limit: 50)
    }

    /// Runs the queued jobs (password-reset requests among them), as a server's worker would.
    func runJobs() async throws {
        let worker = jobWorker(AppConfiguration(servicesDirectory: TestApp.servicesDirectory), database: self, httpClient: .shared,
                               logger: TestDatabase.logger)
        while try await worker.runOnce() > 0 {}
    }

    func auditActions() async throws -> [String] {
        try await SQLAuditLog(database: self).recent(limit: 500, actorOrSubject: nil).map(\.action.rawValue)
    }

    func rowCount(_ table: String) async throws -> Int {
        let row = try await read { db in try await db.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first() }
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}

extension OutgoingEmail {
    /// The site path of the first link in the body, e.g. `/account/confirm/TOKEN`.
    var linkPath: String? {
        guard let range = body.range(of: #"https?://[^/\s]+(/[^\s]+)"#, options: .regularExpression) else { return nil }
        let url = String(body[range])
        return url.range(of: #"^https?://[^/]+"#, options: .regularExpression).map { String(url[$0.upperBound...]) }
    }
}

extension BrowserSession {
    /// Registers and confirms a MyAccount through the pages and the emailed link; leaves the browser signed in.
    func registerAndConfirm(_ email: String, password: String = "correct horse battery staple", database: Database,
                            sourceLocation: SourceLocation = #_sourceLocation) async throws {
        _ = try await get("/account/register")
        let registered = try await post("/account/register", [("email", email), ("password", password)])
        #expect(registered.status == .seeOther, "\(registered.errorSummaryMessages)", sourceLocation: sourceLocation)
        let link = try #require(try await database.lastEmail(to: email)?.linkPath, sourceLocation: sourceLocation)
        let confirmed = try await get(link)
        #expect(confirmed.location == "/account?confirmed=1", sourceLocation: sourceLocation)
    }

    func signIn(_ email: String, password: String = "correct horse battery staple") async throws -> Page {
        _ = try await get("/account/sign-in")
        return try await post("/account/sign-in", [("email", email), ("password", password), ("return", "/account")])
    }
}
