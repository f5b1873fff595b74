import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import Testing

@Suite("Job queue")
struct JobQueueTests {
    static func enqueue(_ database: Database, count: Int, topic: String = "notification", at: Date) async throws {
        let millis = Int64(at.timeIntervalSince1970 * 1000)
        try await database.write(rows: (0..<count).map { index in
            InsertRow("outbox", [
                "topic": topic, "reference": "REF-\(index)", "payload": "{\"n\":\(index)}", "idempotency_key": "\(topic):\(index):\(UUID())",
                "status": "pending", "attempts": 0, "available_at": millis, "created_at": millis,
            ])
        })
    }

    @Test("servers claiming at once never get the same job", arguments: TestDatabase.engines)
    func concurrentClaimsAreDisjoint(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let now = Date()
            try await Self.enqueue(database, count: 60, at: now)
            try await Self.enqueue(database, count: 5, topic: "event", at: now)
            let queue = SQLJobQueue(database: database)
            let claimed = try await withThrowingTaskGroup(of: [ClaimedJob].self) { group in
                for _ in 0..<6 { group.addTask { try await queue.claim(limit: 15, topics: ["notification"], lease: 60, now: now) } }
                return try await group.reduce(into: [ClaimedJob]()) { $0 += $1 }
            }
            #expect(claimed.count == 60)
            #expect(Set(claimed.map(\.id)).count == 60)
            #expect(claimed.allSatisfy { $0.topic == "notification" && $0.attempts == 1 })
            #expect(try await queue.claim(limit: 10, topics: ["notification"], lease: 60, now: now).isEmpty, "all leased")
            // A worker that died: its lease runs out and the job is claimed again.
            let again = try await queue.claim(limit: 100, topics: ["notification"], lease: 60, now: now.addingTimeInterval(61))
            #expect(again.count == 60)
            #expect(again.allSatisfy { $0.attempts == 2 })
        }
    }

    @Test("failures back off, then park the job as dead for an administrator", arguments: TestDatabase.engines)
    func failuresRetryThenDie(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let now = Date()
            try await Self.enqueue(database, count: 2, at: now)
            let queue = SQLJobQueue(database: database)
            let jobs = try await queue.claim(limit: 2, topics: ["notification"], lease: 60, now: now)
            try await queue.complete(jobs[0].id, result: "sent", now: now)
            try await queue.fail(jobs[1].id, error: "429", retryAt: now.addingTimeInterval(30), now: now)
            #expect(try await queue.claim(limit: 2, topics: ["notification"], lease: 60, now: now.addingTimeInterval(10)).isEmpty, "not due yet")
            let retried = try await queue.claim(limit: 2, topics: ["notification"], lease: 60, now: now.addingTimeInterval(31))
            #expect(retried.map(\.id) == [jobs[1].id])
            try await queue.fail(jobs[1].id, error: "ValidationError: bad address", retryAt: nil, now: now)
            #expect(try await queue.counts() == [.done: 1, .dead: 1])
            let dead = try await queue.jobs(status: .dead, topics: nil, limit: 10)
            #expect(dead.first?.lastError == "ValidationError: bad address")
            #expect(try await queue.retry(jobs[1].id, now: now))
            #expect(!(try await queue.retry(jobs[0].id, now: now)), "only dead jobs")
            #expect(try await queue.claim(limit: 2, topics: ["notification"], lease: 60, now: now).map(\.attempts) == [1])
        }
    }

    @Test func backoffGrowsWithJitterAndGivesUp() {
        let policy = RetryPolicy(maxAttempts: 4, baseDelay: 10, maxDelay: 60)
        let now = Date(timeIntervalSince1970: 0)
        #expect(policy.nextAttempt(after: 1, failure: .temporary("x"), now: now, random: 1) == now.addingTimeInterval(10))
        #expect(policy.nextAttempt(after: 3, failure: .temporary("x"), now: now, random: 1) == now.addingTimeInterval(40))
        #expect(policy.nextAttempt(after: 3, failure: .temporary("x"), now: now, random: 0.5) == now.addingTimeInterval(20))
        #expect(policy.nextAttempt(after: 4, failure: .temporary("x"), now: now, random: 1) == nil, "out of attempts")
        #expect(policy.nextAttempt(after: 1, failure: .permanent("x"), now: now) == nil, "retrying cannot help")
        #expect(RetryPolicy(maxAttempts: 20, baseDelay: 10, maxDelay: 60).nextAttempt(after: 12, failure: .temporary("x"), now: now, random: 1) == now.addingTimeInterval(60))
    }
}
