import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Persistence
import Testing

/// `Idempotency-Key` on the partner API's POSTs: a retry gets the first answer and makes nothing new.
@Suite struct IdempotencyKeyTests {
    static let submissions = "/api/v1/services/volunteering/submissions"

    /// The body of a valid volunteering submission, as bytes fixed once (a retry sends the same bytes).
    static var submissionBody: String {
        let data = try? JSONSerialization.data(withJSONObject: ["answers": SubmissionAPITests.validAnswers("volunteering")], options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    @Test(arguments: TestDatabase.engines)
    func retryWithTheSameKeyAndBodyGetsTheFirstAnswerAndMakesOneSubmission(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let first = try await client.postKeyed(Self.submissions, Self.submissionBody, key: "retry-1")
            #expect(first.status == .created, "\(first.body)")
            #expect(first.headers[IdempotencyKeyTests.replayed] == nil)
            let again = try await client.postKeyed(Self.submissions, Self.submissionBody, key: "retry-1")
            #expect(again.status == .created)
            #expect(again.body == first.body)
            #expect(again.headers[.contentType] == first.headers[.contentType])
            #expect(again.headers[IdempotencyKeyTests.replayed] == "true")
            #expect(try await database.submissionCount() == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theSameKeyWithAnotherBodyIsRefused(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            #expect(try await client.postKeyed(Self.submissions, Self.submissionBody, key: "k").status == .created)
            var answers = SubmissionAPITests.validAnswers("volunteering")
            answers["full-name"] = "Someone Else"
            let other = String(decoding: try JSONSerialization.data(withJSONObject: ["answers": answers]), as: UTF8.self)
            let refused = try await client.postKeyed(Self.submissions, other, key: "k")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errors.first?.field == "Idempotency-Key")
            #expect(refused.code == "idempotency_key_reused")
            #expect(try await database.submissionCount() == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func concurrentRequestsWithOneKeyMakeOneSubmission(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.postKeyed(Self.submissions, Self.submissionBody, key: "together").status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(try await database.submissionCount() == 1)
            #expect(statuses.contains(.created))
            #expect(statuses.allSatisfy { $0 == .created || $0 == .conflict }, "\(statuses)")
            // Once the first has finished, every retry gets its answer.
            #expect(try await client.postKeyed(Self.submissions, Self.submissionBody, key: "together").status == .created)
            #expect(try await database.submissionCount() == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aKeyBelongsToOneClient(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let other = try await PartnerFixture.token(database, name: "Other partner")
            let mine = try await client.postKeyed(Self.submissions, Self.submissionBody, key: "shared")
            let theirs = try await client.postKeyed(Self.submissions, Self.submissionBody, key: "shared", token: other)
            #expect(mine.status == .created)
            #expect(theirs.status == .created)
            #expect(mine.json?["reference"] as? String != theirs.json?["reference"] as? String)
            #expect(try await database.submissionCount() == 2)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aKeyOlderThanADayStartsANewRequestAndIsCleanedUp(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            #expect(try await client.postKeyed(Self.submissions, Self.submissionBody, key: "daily").status == .created)
            clock.advance(23 * 3600)
            #expect(try await client.postKeyed(Self.submissions, Self.submissionBody, key: "daily").headers[IdempotencyKeyTests.replayed] == "true")
            clock.advance(3600)
            let later = try await client.postKeyed(Self.submissions, Self.submissionBody, key: "daily")
            #expect(later.status == .created)
            #expect(later.headers[IdempotencyKeyTests.replayed] == nil)
            #expect(try await database.submissionCount() == 2)

            let work = SQLScheduledWork(database: database)
            clock.advance(24 * 3600)
            let deleted = try await work.purge(.expiredCredentials, RetentionPolicy(), now: clock.now)
            #expect(deleted.first { $0.0 == "expired API idempotency keys" }?.1 == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let invalid = try await client.postKeyed(Self.submissions, #"{"answers": {}}"#, key: "fix-me")
            #expect(invalid.status == .unprocessableContent)
            #expect(try await client.postKeyed(Self.submissions, Self.submissionBody, key: "fix-me").status == .created)
            #expect(try await database.submissionCount() == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aNoteRetriedWithItsKeyIsAddedOnce(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let reference = try await PartnerFixture.submitted(client, "volunteering")
            let path = "/api/v1/cases/\(reference)/notes"
            let first = try await client.postKeyed(path, #"{"text": "Called the applicant"}"#, key: "note-1")
            let again = try await client.postKeyed(path, #"{"text": "Called the applicant"}"#, key: "note-1")
            #expect(first.status == .created)
            #expect(again.status == .created)
            #expect(again.body == first.body)
            #expect(try await database.caseEvents(reference).filter { $0.kind == "note" }.count == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aKeyThatIsNotVisibleASCIIIsRefused(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let tooLong = try await client.postKeyed(Self.submissions, Self.submissionBody, key: String(repeating: "k", count: 256))
            #expect(tooLong.status == .badRequest)
            #expect(tooLong.errors.first?.field == "Idempotency-Key")
            #expect(try await database.submissionCount() == 0)
        }
    }

    static let replayed = HTTPField.Name("Idempotent-Replayed")!
}

extension TestClientProtocol {
    func postKeyed(_ uri: String, _ body: String, key: String, token: String? = TestApp.apiToken) async throws -> APIResponse {
        var headers = Self.bearer(uri, token)
        headers[.contentType] = "application/json"
        headers[HTTPField.Name("Idempotency-Key")!] = key
        let response = try await executeRequest(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        return APIResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
}

extension Database {
    func submissionCount() async throws -> Int { try await SQLSubmissionRepository(database: self).submissionCount() }
}
