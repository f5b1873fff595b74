@testable import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// The client address (trusted proxies and `X-Forwarded-For`) and sign-in throttling that slows guesses from the
/// guesser's address without shutting the account's owner out.
@Suite struct ClientAddressTests {
    static func proxies(_ list: String) throws -> TrustedProxies { try TrustedProxies.parse(list).get() }

    @Test func forwardedForIsBelievedOnlyFromATrustedProxyAndReadFromTheRight() throws {
        let trusted = try Self.proxies("10.0.0.0/8, 192.168.1.10 fd00::/8")
        // A peer that is not a proxy: its header is whatever the client chose to send.
        #expect(trusted.clientAddress(peer: "203.0.113.9", forwardedFor: ["1.2.3.4"]) == "203.0.113.9")
        #expect(TrustedProxies.none.clientAddress(peer: "10.0.0.1", forwardedFor: ["1.2.3.4"]) == "10.0.0.1")
        // Through a trusted proxy: the right-most address that is not a proxy; a spoofed left-hand entry is ignored.
        #expect(trusted.clientAddress(peer: "10.1.2.3", forwardedFor: ["6.6.6.6, 198.51.100.7"]) == "198.51.100.7")
        #expect(trusted.clientAddress(peer: "10.1.2.3", forwardedFor: ["6.6.6.6", "198.51.100.7, 10.9.9.9"]) == "198.51.100.7")
        #expect(trusted.clientAddress(peer: "192.168.1.10", forwardedFor: ["2001:db8::1"]) == "2001:db8::1")
        #expect(trusted.clientAddress(peer: "fd12::5", forwardedFor: ["::ffff:198.51.100.7"]) == "198.51.100.7")
        #expect(trusted.clientAddress(peer: "192.168.1.11", forwardedFor: ["1.2.3.4"]) == "192.168.1.11", "/32 by default")
        #expect(trusted.clientAddress(peer: "10.1.2.3", forwardedFor: []) == "10.1.2.3")
        #expect(trusted.clientAddress(peer: "10.1.2.3", forwardedFor: ["not-an-address"]) == "10.1.2.3")
        #expect(throws: TrustedProxies.InvalidEntry(entry: "10.0.0.0/33")) { try TrustedProxies.parse("10.0.0.0/33").get() }
        #expect(throws: TrustedProxies.InvalidEntry(entry: "proxy.example")) { try TrustedProxies.parse("proxy.example").get() }
    }

    @Test func aSocketAddressHasOneSpellingPerClient() {
        #expect(ClientAddressMiddleware.canonicalPeer("::ffff:198.51.100.7") == "198.51.100.7")
        #expect(ClientAddressMiddleware.canonicalPeer("::FFFF:198.51.100.7") == "198.51.100.7")
        #expect(ClientAddressMiddleware.canonicalPeer("198.51.100.7") == "198.51.100.7")
        #expect(ClientAddressMiddleware.canonicalPeer("2001:db8::1") == "2001:db8::1")
        #expect(ClientAddressMiddleware.canonicalPeer("::1") == "::1")
    }

    @Test(arguments: TestDatabase.engines)
    func anAttackersFailuresSlowTheirAddressButNotTheOwnerElsewhere(engine: DatabaseEngine) async throws {
        let trusted = try Self.proxies("127.0.0.1, ::1")
        try await TestApp.with(engine, live: true, configure: { $0.trustedProxies = trusted }) { client, database in
            try await BrowserSession(client).registerAndConfirm("ewan@example.com", database: database)
            let attacker = BrowserSession(client)
            await attacker.forward(for: "203.0.113.5")
            for attempt in 1...5 {
                let page = try await attacker.signIn("ewan@example.com", password: "wrong guess number \(attempt)")
                #expect(page.status == .unprocessableContent)
            }
            let slowed = try await attacker.signIn("ewan@example.com", password: "wrong guess number 6")
            #expect(slowed.status == .tooManyRequests)
            #expect(slowed.errorSummaryMessages.first == "You have tried to sign in too many times. Try again in 1 minute")
            let audit = try await SQLAuditLog(database: database).recent(limit: 1, actorOrSubject: nil)
            #expect(audit.first?.ipAddress == "203.0.113.5")

            let owner = BrowserSession(client)
            await owner.forward(for: "198.51.100.7")
            #expect(try await owner.signIn("ewan@example.com").location == "/account", "the owner, from their own address, is let in")
        }
    }

    @Test func forwardedForFromAnUntrustedPeerIsIgnored() async throws {
        try await TestApp.with(live: true) { client, database in
            let spoofer = BrowserSession(client)
            await spoofer.forward(for: "198.51.100.7")
            _ = try await spoofer.signIn("nobody@example.com", password: "a guess of some kind")
            let audit = try await SQLAuditLog(database: database).recent(limit: 1, actorOrSubject: nil)
            #expect(audit.first?.ipAddress == "127.0.0.1")
        }
    }

    @Test func theHashingLimiterNeverAdmitsMoreThanItsCapacityAndRefusesWhenItsQueueIsFull() async throws {
        let limiter = ConcurrencyLimiter(capacity: 2, queueLimit: 1)
        try await limiter.acquire()
        try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        while await limiter.queued < 1 { await Task.yield() }
        #expect(await limiter.running == 2)
        await #expect(throws: ConcurrencyLimiter.Full.self) { try await limiter.acquire() }
        await limiter.release()
        try await waiter.value
        #expect(await limiter.running == 2, "the slot passed to the waiter")
        await limiter.release()
        await limiter.release()
        #expect(await limiter.running == 0)

        let busy = ConcurrencyLimiter(capacity: 3, queueLimit: 100)
        let peak = Peak()
        try await withThrowingTaskGroup(of: Void.self) { group in
            // Each holds its slot long enough (50 ms) for the others to start even while the whole suite loads the
            // machine: with 2 ms, a run under CI load once never had three inside at once.
            for _ in 0..<24 {
                group.addTask { try await busy.run { await peak.enter(); try await Task.sleep(for: .milliseconds(50)); await peak.leave() } }
            }
            try await group.waitForAll()
        }
        #expect(await peak.highest == 3)
    }
}

actor Peak {
    private var now = 0
    private(set) var highest = 0
    func enter() { now += 1; highest = max(highest, now) }
    func leave() { now -= 1 }
}
