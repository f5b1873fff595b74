@testable import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// Every page that sends an email is limited per recipient and per client address, with the counts in the database.
@Suite struct MessageLimitTests {
    static let message = "We have sent too many emails to this address or from this connection recently. Wait an hour and try again"

    @Test(arguments: TestDatabase.engines)
    func theRequestPastTheLimitIsRefusedAndQueuesNoEmail(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine, configure: { $0.messageLimits.perRecipient = .init(limit: 3, window: 3600) }) { client, database in
            try await BrowserSession(client).registerAndConfirm("morag@example.com", database: database)
            let before = try await database.emails(to: "morag@example.com").count
            let browser = BrowserSession(client)
            _ = try await browser.get("/account/forgot-password")
            for _ in 1...2 {
                #expect(try await browser.post("/account/forgot-password", [("email", "morag@example.com")]).status == .seeOther)
            }
            // The registration's confirmation was the first of three.
            let refused = try await browser.post("/account/forgot-password", [("email", "morag@example.com")])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.errorSummaryMessages == [Self.message])
            try await database.runJobs()
            #expect(try await database.emails(to: "morag@example.com").count == before + 2)
            // Another recipient is not affected, and neither is an address with no account (nothing said about which).
            #expect(try await browser.post("/account/forgot-password", [("email", "other@example.com")]).status == .seeOther)
            for _ in 1...3 { _ = try await browser.post("/account/forgot-password", [("email", "nobody@example.com")]) }
            let unknown = try await browser.post("/account/forgot-password", [("email", "nobody@example.com")])
            #expect(unknown.status == .tooManyRequests)
            #expect(unknown.errorSummaryMessages == refused.errorSummaryMessages)

            // Save for later, to an outside address.
            let saver = BrowserSession(client)
            _ = try await saver.follow(try await saver.get("/services/report-a-pothole/start"))
            _ = try await saver.get("/services/report-a-pothole/save")
            for _ in 1...3 {
                #expect(try await saver.post("/services/report-a-pothole/save", [("email", "outside@example.net")]).status == .seeOther)
            }
            let saved = try await saver.post("/services/report-a-pothole/save", [("email", "outside@example.net")])
            #expect(saved.status == .tooManyRequests)
            #expect(saved.errorSummaryMessages == [Self.message])
            #expect(try await database.emails(to: "outside@example.net").count == 3)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func oneClientAddressIsLimitedAcrossRecipientsAndRegistrations(engine: DatabaseEngine) async throws {
        let trusted = try TrustedProxies.parse("127.0.0.1, ::1").get()
        try await TestApp.with(engine, live: true, configure: {
            $0.trustedProxies = trusted
            $0.messageLimits.registrationsPerAddress = .init(limit: 2, window: 3600)
        }) { client, database in
            let flood = BrowserSession(client)
            await flood.forward(for: "203.0.113.5")
            _ = try await flood.get("/account/register")
            for index in 1...2 {
                let page = try await flood.post("/account/register", [("email", "new\(index)@example.com"), ("password", "a long enough passphrase")])
                #expect(page.status == .seeOther)
            }
            let third = try await flood.post("/account/register", [("email", "new3@example.com"), ("password", "a long enough passphrase")])
            #expect(third.status == .tooManyRequests)
            #expect(third.errorSummaryMessages == [Self.message])
            #expect(try await database.rowCount("citizens") == 2)
            #expect(try await database.emails(to: "new3@example.com").isEmpty)

            let neighbour = BrowserSession(client)
            await neighbour.forward(for: "198.51.100.7")
            _ = try await neighbour.get("/account/register")
            #expect(try await neighbour.post("/account/register", [("email", "new4@example.com"), ("password", "a long enough passphrase")]).status == .seeOther)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func twoServersOnOneDatabaseShareTheCounts(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { first, location in
            let second = try await Database.open(location, logger: TestDatabase.logger, maxConnections: 2)
            let at = Date(timeIntervalSince1970: 1_795_000_000)
            let key = [LimitedKey("recipient:x", .init(limit: 3, window: 3600))]
            var counts: [Int] = []
            for round in 0..<4 {
                counts += try await SQLLimitCounter(database: round % 2 == 0 ? first : second).increment(key, at: at)
            }
            await second.close()
            #expect(counts == [1, 2, 3, 4])
            #expect(try await SQLLimitCounter(database: first).increment(key, at: at.addingTimeInterval(3600)) == [1], "a new window")
        }
    }
}
