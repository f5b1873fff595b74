import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import Testing

@Suite("Durable submissions")
struct SubmissionStoreTests {
    static func submission(reference: String = Reference.make(prefix: "TST"), email: String? = "ann@example.com", uploads: [NewUpload] = []) -> NewSubmission {
        NewSubmission(
            reference: reference, serviceSlug: "volunteering", serviceVersion: 3,
            answers: Answers(values: ["full-name": .text("Ann Smith"), "age": .integer(42)]), uploads: uploads,
            channel: .online, language: .gd, submittedAt: Date(timeIntervalSince1970: 1_764_000_000), contactEmail: email, contactPhone: nil
        )
    }

    static func count(_ table: String, _ database: Database, reference: String? = nil) async throws -> Int {
        try await database.read { db in
            let column = table == "cases" || table == "submissions" || table == "outbox" ? "reference" : table == "uploads" ? "submission_reference" : "case_reference"
            let query: SQLQueryString = reference.map { "SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) = \(bind: $0)" }
                ?? "SELECT COUNT(*) AS n FROM \(unsafeRaw: table)"
            return try await db.raw(query).first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    @Test("a submission is stored with its case, first event and outbox messages", arguments: TestDatabase.engines)
    func recordsEverythingInOneTransaction(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let repository = SQLSubmissionRepository(database: database)
            let file = NewUpload(reference: FileReference(id: Token.random(), filename: "a.pdf", contentType: "application/pdf", size: 5), file: UploadedFile(filename: "a.pdf", contentType: "application/pdf", data: Array("%PDF-".utf8)))
            let new = Self.submission(uploads: [file])
            try await repository.record(new, completing: nil)

            let stored = try #require(try await repository.submission(reference: new.reference))
            #expect(stored.serviceSlug == "volunteering")
            #expect(stored.serviceVersion == 3)
            #expect(stored.status == "received")
            #expect(stored.language == .gd)
            #expect(stored.answers["full-name"] == .string("Ann Smith"))
            #expect(stored.answers["age"] == .number(42))
            #expect(try await Self.count("cases", database, reference: new.reference) == 1)
            #expect(try await Self.count("case_events", database, reference: new.reference) == 1)
            #expect(try await Self.count("outbox", database, reference: new.reference) == 2)
            #expect(try await Self.count("uploads", database, reference: new.reference) == 1)
        }
    }

    @Test("without contact details only the event message is queued", arguments: TestDatabase.engines)
    func noNotificationWithoutContact(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let new = Self.submission(email: nil)
            try await SQLSubmissionRepository(database: database).record(new, completing: nil)
            let topics = try await database.read { db in
                try await db.raw("SELECT topic FROM outbox WHERE reference = \(bind: new.reference)").all().map { try $0.decode(column: "topic", as: String.self) }
            }
            #expect(topics == ["event"])
        }
    }

    @Test("a failing submission leaves nothing behind and does not fail its neighbours", arguments: TestDatabase.engines)
    func failuresAreIsolated(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let repository = SQLSubmissionRepository(database: database)
            let first = Self.submission()
            try await repository.record(first, completing: nil)
            // 50 concurrent writes share transactions with one duplicate reference among them.
            let results = await withTaskGroup(of: Bool.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        let reference = index == 25 ? first.reference : Reference.make(prefix: "TST")
                        do {
                            try await repository.record(Self.submission(reference: reference), completing: nil)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 49)
            #expect(try await repository.submissionCount() == 50)
            #expect(try await Self.count("cases", database) == 50)
            #expect(try await Self.count("outbox", database) == 100)
        }
    }

    @Test("concurrent submissions are all durable when acknowledged", arguments: TestDatabase.engines)
    func groupCommitKeepsEverySubmission(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let repository = SQLSubmissionRepository(database: database)
            let references = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<300 {
                    group.addTask {
                        let new = Self.submission()
                        try await repository.record(new, completing: nil)
                        return new.reference
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(references).count == 300)
            for reference in references.prefix(20) {
                #expect(try await repository.submission(reference: reference) != nil)
            }
            #expect(try await repository.submissionCount() == 300)
        }
    }

    @Test("completing a journey marks it submitted and claims its uploads", arguments: TestDatabase.engines)
    func completesJourney(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let uploads = SQLUploadRepository(database: database)
            let journeys = SQLJourneyRepository(database: database)
            let file = NewUpload(reference: FileReference(id: Token.random(), filename: "e.png", contentType: "image/png", size: 4), file: UploadedFile(filename: "e.png", contentType: "image/png", data: [0x89, 0x50, 0x4E, 0x47]))
            try await uploads.store(file, sessionHash: "session-a")
            let state = JourneyState(sessionHash: "session-a", slug: "volunteering", version: 3, answers: ["evidence": Answer.file(file.reference).json], completed: ["p1"])
            try await journeys.save(state)
            var new = Self.submission()
            new.answers.values["evidence"] = .file(file.reference)
            try await SQLSubmissionRepository(database: database).record(new, completing: state)

            let reloaded = try #require(try await journeys.journey(sessionHash: "session-a", slug: "volunteering"))
            #expect(reloaded.submittedReference == new.reference)
            #expect(try await Self.count("uploads", database, reference: new.reference) == 1)
        }
    }

    @Test("journeys completed together are each marked with their own reference", arguments: TestDatabase.engines)
    func concurrentCompletionsMarkTheirOwnJourneys(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let journeys = SQLJourneyRepository(database: database)
            let repository = SQLSubmissionRepository(database: database)
            let sessions = (0..<40).map { "session-\($0)" }
            for session in sessions {
                try await journeys.save(JourneyState(sessionHash: session, slug: "volunteering", version: 3))
            }
            // Another service's journey in the same session must be left alone.
            try await journeys.save(JourneyState(sessionHash: "session-0", slug: "bulky-waste", version: 1))
            // Submitted concurrently, so that the group-commit writer puts many of them in one transaction (one
            // UPDATE … FROM (VALUES …) for all their journeys).
            let references = try await withThrowingTaskGroup(of: (String, String).self) { group in
                for session in sessions {
                    group.addTask {
                        let new = Self.submission()
                        let state = JourneyState(sessionHash: session, slug: "volunteering", version: 3)
                        try await repository.record(new, completing: state)
                        return (session, new.reference)
                    }
                }
                var references: [String: String] = [:]
                for try await (session, reference) in group { references[session] = reference }
                return references
            }
            #expect(references.count == sessions.count)
            for session in sessions {
                let reloaded = try #require(try await journeys.journey(sessionHash: session, slug: "volunteering"))
                #expect(reloaded.submittedReference == references[session])
            }
            let other = try #require(try await journeys.journey(sessionHash: "session-0", slug: "bulky-waste"))
            #expect(other.submittedReference == nil)
        }
    }
}
