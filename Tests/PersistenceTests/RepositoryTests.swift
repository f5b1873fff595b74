import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

@Suite("Repositories")
struct RepositoryTests {
    static func definition(title: String = "Test service") throws -> (ServiceDefinition, String) {
        let yaml = """
        format: 1
        slug: test-service
        reference_prefix: TST
        title: \(title)
        summary: A test.
        start: {body: Start here.}
        sections:
          - id: main
            title: Main
            pages:
              - id: name
                questions:
                  - {id: name, type: text, label: Your name}
        confirmation: {title: Done, what_happens_next: We will reply.}
        """
        return (try DefinitionParser.parse(yaml: yaml), yaml)
    }

    @Test("publishing makes a new immutable version only when the definition changed", arguments: TestDatabase.engines)
    func publishingVersions(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let repository = SQLServiceRepository(database: database)
            let (first, firstSource) = try Self.definition()
            #expect(try await repository.publish(first, source: firstSource) == (1, true))
            #expect(try await repository.publish(first, source: firstSource) == (1, false))
            let (second, secondSource) = try Self.definition(title: "Renamed service")
            #expect(try await repository.publish(second, source: secondSource) == (2, true))

            let current = try await repository.currentVersions()
            #expect(current.map(\.version) == [2])
            #expect(current.first?.definition.title.english == "Renamed service")
            let old = try #require(try await repository.version(slug: "test-service", version: 1))
            #expect(old.definition.title.english == "Test service")
            #expect(old.source == firstSource)
        }
    }

    @Test("migrations can run again without harm", arguments: TestDatabase.engines)
    func migrationsAreIdempotent(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await database.migrate()
            try await database.migrate()
            #expect(await database.ping())
        }
    }

    @Test("sessions, journeys and uploads round-trip", arguments: TestDatabase.engines)
    func roundTrips(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let sessions = SQLSessionRepository(database: database)
            let session = WebSession(idHash: "hash-1", csrfToken: "token", language: .en)
            try await sessions.create(session)
            try await sessions.setLanguage(.gd, idHash: "hash-1")
            #expect(try await sessions.session(idHash: "hash-1")?.language == .gd)
            #expect(try await sessions.session(idHash: "missing") == nil)

            let journeys = SQLJourneyRepository(database: database)
            var journey = JourneyState(sessionHash: "hash-1", slug: "s", version: 2, answers: ["a": .string("b"), "items": .array([.object(["n": .number(3)])])], completed: ["p1", "p2"])
            try await journeys.save(journey)
            #expect(try await journeys.journey(sessionHash: "hash-1", slug: "s") == journey)
            journey.completed.insert("p3")
            try await journeys.save(journey)
            #expect(try await journeys.journey(sessionHash: "hash-1", slug: "s")?.completed == ["p1", "p2", "p3"])
            try await journeys.delete(sessionHash: "hash-1", slug: "s")
            #expect(try await journeys.journey(sessionHash: "hash-1", slug: "s") == nil)

            let uploads = SQLUploadRepository(database: database)
            let bytes: [UInt8] = Array(0...255) + [0, 0, 255]
            let upload = NewUpload(reference: FileReference(id: "file-1", filename: "x.pdf", contentType: "application/pdf", size: bytes.count), file: UploadedFile(filename: "x.pdf", contentType: "application/pdf", data: bytes))
            try await uploads.store(upload, sessionHash: "hash-1")
            let loaded = try #require(try await uploads.file(id: "file-1", sessionHash: "hash-1"))
            #expect(loaded.data == bytes)
            #expect(loaded.reference == upload.reference)
            #expect(try await uploads.file(id: "file-1", sessionHash: "someone-else") == nil)
        }
    }
}

@Suite("Database locations")
struct DatabaseLocationTests {
    @Test("URLs and paths choose the engine")
    func parsesLocations() throws {
        #expect(try DatabaseLocation(url: "data/x.sqlite") == .sqlite(path: "data/x.sqlite"))
        #expect(try DatabaseLocation(url: "sqlite:///var/lib/oc.sqlite") == .sqlite(path: "/var/lib/oc.sqlite"))
        let postgres = try DatabaseLocation(url: "postgres://council:s%40cret@db.internal:6543/onecouncil?sslmode=require&schema=tenant_a")
        #expect(postgres == .postgres(host: "db.internal", port: 6543, username: "council", password: "s@cret", database: "onecouncil", requireTLS: true, schema: "tenant_a"))
        #expect(postgres.engineName == "postgresql")
        #expect(!postgres.description.contains("cret"), "the password must never be logged")
    }

    @Test("bad URLs say what is wrong")
    func rejectsBadURLs() {
        #expect(throws: DatabaseLocation.Problem.self) { try DatabaseLocation(url: "postgres://host") }
        #expect(throws: DatabaseLocation.Problem.self) { try DatabaseLocation(url: "mysql://u@h/db") }
        #expect(throws: DatabaseLocation.Problem.self) { try DatabaseLocation(url: "postgres://u@h/db?schema=Bad-Name") }
        #expect(throws: DatabaseLocation.Problem.self) { try DatabaseLocation(url: "") }
    }
}

@Suite("Session and journey in one read")
struct SessionAndJourneyTests {
    @Test("returns the session with or without a journey, and nothing for an unknown session", arguments: TestDatabase.engines)
    func combinedRead(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await SQLSessionRepository(database: database).create(WebSession(idHash: "h", csrfToken: "c", language: .gd))
            let journeys = SQLJourneyRepository(database: database)
            let none = try #require(try await journeys.sessionAndJourney(sessionHash: "h", slug: "s"))
            #expect(none.session == WebSession(idHash: "h", csrfToken: "c", language: .gd))
            #expect(none.journey == nil)
            let journey = JourneyState(sessionHash: "h", slug: "s", version: 4, answers: ["q": .string("a")], completed: ["p"])
            try await journeys.save(journey)
            #expect(try await journeys.sessionAndJourney(sessionHash: "h", slug: "s")?.journey == journey)
            #expect(try await journeys.sessionAndJourney(sessionHash: "h", slug: "other")?.journey == nil)
            #expect(try await journeys.sessionAndJourney(sessionHash: "nobody", slug: "s") == nil)
        }
    }
}
