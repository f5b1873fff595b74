import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Synchronization
import Testing

/// Drafts, versions with their facts, approval, roll back, closing and settings, through the use cases, on both engines.
@Suite("Service lifecycle")
struct ServiceLifecycleTests {
    /// A clock the test moves by hand.
    final class HandClock: Sendable {
        let instant = Mutex(Date(timeIntervalSince1970: 1_790_000_000))
        var clock: CouncilClock { CouncilClock(now: { [self] in self.now }) }
        func advance(minutes: Double) { instant.withLock { $0 = $0.addingTimeInterval(minutes * 60) } }
        var now: Date { instant.withLock { $0 } }
    }

    static let alice = ServiceDesigner(actor: .staff(1), access: StaffAccess(grants: [RoleGrant(role: .serviceDesigner)]))
    static let bob = ServiceDesigner(actor: .staff(2), access: StaffAccess(grants: [RoleGrant(role: .serviceDesigner)]))
    static let carol = ServiceDesigner(actor: .staff(3), access: StaffAccess(grants: [RoleGrant(role: .serviceDesigner, serviceSlug: "other")]))

    static func with(_ engine: DatabaseEngine, _ body: (ServiceDesign, SQLServiceLifecycleStore, HandClock, Database) async throws -> Void) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let hand = HandClock()
            let store = SQLServiceLifecycleStore(database: database)
            try await body(ServiceDesign(store: store, audit: SQLAuditLog(database: database), clock: hand.clock), store, hand, database)
        }
    }

    static func blank(_ design: ServiceDesign, slug: String = "dog-fouling") async throws {
        try await design.createDraft(.blank(slug: slug, title: "Report dog fouling", referencePrefix: "DOG"), by: alice)
    }

    @Test("a draft keeps any text; publishing needs it valid, and removes it", arguments: TestDatabase.engines)
    func draftThenPublish(engine: DatabaseEngine) async throws {
        try await Self.with(engine) { design, store, _, _ in
            try await Self.blank(design)
            let problems = try await design.saveDraft(slug: "dog-fouling", source: "format: 1\nslug: dog-fouling\n", by: Self.alice)
            #expect(!problems.isEmpty)
            #expect(try await store.status(slug: "dog-fouling")?.draft?.source == "format: 1\nslug: dog-fouling\n")
            await #expect(throws: ServiceDesignError.invalidDraft(problems)) {
                try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "First"), by: Self.alice)
            }
            try await design.saveDraft(slug: "dog-fouling", source: DraftSource.blank(slug: "dog-fouling", title: "Dog fouling", referencePrefix: "DOG"), by: Self.alice)
            await #expect(throws: ServiceDesignError.changeNoteRequired) {
                try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "  "), by: Self.alice)
            }
            #expect(try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "First"), by: Self.alice) == .live(version: 1))
            let status = try #require(try await store.status(slug: "dog-fouling"))
            #expect(status.draft == nil)
            #expect(status.versions.first?.changeNote == "First")
            #expect(status.versions.first?.publishedBy == .staff(1))
            await #expect(throws: ServiceDesignError.serviceExists(slug: "dog-fouling")) { try await Self.blank(design) }
        }
    }

    @Test("a copy takes the current version under a new slug; a designer limited to other services may not", arguments: TestDatabase.engines)
    func copyAndGrants(engine: DatabaseEngine) async throws {
        try await Self.with(engine) { design, store, _, _ in
            try await Self.blank(design)
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "First"), by: Self.alice)
            let copy = try await design.createDraft(.copy(of: "dog-fouling", slug: "litter", referencePrefix: "LIT"), by: Self.alice)
            #expect(try DefinitionParser.parse(yaml: copy.source).referencePrefix == "LIT")
            await #expect(throws: ServiceDesignError.notPermitted(slug: "dog-fouling")) {
                try await design.startDraft(slug: "dog-fouling", by: Self.carol)
            }
            #expect(try await design.services(for: Self.carol).isEmpty)
            #expect(try await design.services(for: Self.alice).map(\.slug) == ["dog-fouling", "litter"])
            #expect(try await store.statuses().count == 2)
        }
    }

    @Test("scheduled, closing and limited versions, decided by the time", arguments: TestDatabase.engines)
    func schedulingClosingAndLimits(engine: DatabaseEngine) async throws {
        try await Self.with(engine) { design, store, hand, _ in
            try await Self.blank(design)
            let opens = hand.now.addingTimeInterval(3600)
            let published = try await design.publishDraft(slug: "dog-fouling", PublishChoices(liveFrom: opens, changeNote: "Opens at nine",
                                                                                             closesAt: opens.addingTimeInterval(600), submissionLimit: 2), by: Self.alice)
            #expect(published == .scheduled(version: 1, liveFrom: opens))
            #expect(try await design.services(for: Self.alice).first?.state == .scheduled)
            hand.advance(minutes: 60)
            #expect(try await design.services(for: Self.alice).first?.state == .live)
            #expect(try await store.submissionCount(slug: "dog-fouling", since: opens) == 0)
            hand.advance(minutes: 10)
            #expect(try await design.services(for: Self.alice).first?.state == .closed)
            await #expect(throws: ServiceDesignError.closingNotAfterLive) {
                try await design.startDraft(slug: "dog-fouling", by: Self.alice)
                try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "x", closesAt: hand.now), by: Self.alice)
            }
        }
    }

    @Test("approval: a second designer approves; the requester cannot; withdrawn versions never go live", arguments: TestDatabase.engines)
    func approval(engine: DatabaseEngine) async throws {
        try await Self.with(engine) { design, store, hand, database in
            try await Self.blank(design)
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "First"), by: Self.alice)
            try await design.setRequiresApproval(slug: "dog-fouling", true, by: Self.alice)
            try await design.startDraft(slug: "dog-fouling", by: Self.alice)
            #expect(try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "Second"), by: Self.alice) == .awaitingApproval(version: 2))
            #expect(try await store.status(slug: "dog-fouling")?.current(at: hand.now)?.version == 1)
            await #expect(throws: ServiceDesignError.approverIsRequester) { try await design.approve(slug: "dog-fouling", version: 2, by: Self.alice) }
            await #expect(throws: ServiceDesignError.notPermitted(slug: "dog-fouling")) { try await design.approve(slug: "dog-fouling", version: 2, by: Self.carol) }
            hand.advance(minutes: 5)
            #expect(try await design.approve(slug: "dog-fouling", version: 2, by: Self.bob) == .live(version: 2))
            let approved = try #require(try await store.status(slug: "dog-fouling")?.versions.first { $0.version == 2 })
            #expect(approved.approvedBy == .staff(2))
            #expect(approved.liveFrom == hand.now)
            try await design.rollBack(slug: "dog-fouling", to: 1, PublishChoices(changeNote: "Back to the first"), by: Self.alice)
            try await design.withdraw(slug: "dog-fouling", version: 3, by: Self.alice)
            await #expect(throws: ServiceDesignError.notPending(slug: "dog-fouling", version: 3)) { try await design.approve(slug: "dog-fouling", version: 3, by: Self.bob) }
            #expect(try await store.status(slug: "dog-fouling")?.current(at: hand.now)?.version == 2)
            let actions = try await SQLAuditLog(database: database).recent(limit: 50, actorOrSubject: nil).map(\.action)
            #expect(actions.contains(.designerApprovalRequested))
            #expect(actions.contains(.designerVersionApproved))
            #expect(actions.contains(.designerApprovalWithdrawn))
        }
    }

    @Test("roll back publishes the earlier YAML as a new version with its note; close now and archive", arguments: TestDatabase.engines)
    func rollBackCloseArchive(engine: DatabaseEngine) async throws {
        try await Self.with(engine) { design, store, hand, _ in
            try await Self.blank(design)
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "First"), by: Self.alice)
            try await design.startDraft(slug: "dog-fouling", by: Self.alice)
            try await design.saveDraft(slug: "dog-fouling", source: DraftSource.blank(slug: "dog-fouling", title: "Changed", referencePrefix: "DOG"), by: Self.alice)
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "Second"), by: Self.alice)
            #expect(try await design.rollBack(slug: "dog-fouling", to: 1, PublishChoices(changeNote: "The title change confused people"), by: Self.bob) == .live(version: 3))
            #expect(try await store.source(slug: "dog-fouling", version: 3) == store.source(slug: "dog-fouling", version: 1))
            let history = try await design.history(slug: "dog-fouling", for: Self.alice)
            #expect(history.map(\.version) == [3, 2, 1])
            #expect(history.first?.rolledBackFrom == 1)
            #expect(history.first?.changeNote == "The title change confused people")

            hand.advance(minutes: 1)
            try await design.closeNow(slug: "dog-fouling", by: Self.alice)
            hand.advance(minutes: 1)
            #expect(try await design.services(for: Self.alice).first?.state == .closed)
            try await design.archive(slug: "dog-fouling", by: Self.alice)
            #expect(try await design.services(for: Self.alice).first?.state == .archived)
            try await design.setAudience(slug: "dog-fouling", .staff, by: Self.alice)
            try await design.unarchive(slug: "dog-fouling", by: Self.alice)
            let settings = try #require(try await store.status(slug: "dog-fouling")?.settings)
            #expect(settings == ServiceSettings(slug: "dog-fouling", audience: .staff, requiresApproval: false, archivedAt: nil))
        }
    }

    @Test("the command line's publish stays live-now, and current versions are read at a moment", arguments: TestDatabase.engines)
    func commandLinePublishAndCurrentAtAMoment(engine: DatabaseEngine) async throws {
        try await Self.with(engine) { design, _, hand, database in
            let repository = SQLServiceRepository(database: database)
            let source = DraftSource.blank(slug: "dog-fouling", title: "Dog fouling", referencePrefix: "DOG")
            _ = try await repository.publish(try DefinitionParser.parse(yaml: source), source: source)
            #expect(try await repository.currentVersions().map(\.version) == [1])
            try await design.startDraft(slug: "dog-fouling", by: Self.alice)
            let later = Date().addingTimeInterval(3600)
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(liveFrom: max(later, hand.now.addingTimeInterval(3600)), changeNote: "Later"), by: Self.alice)
            #expect(try await repository.currentVersions(at: Date()).map(\.version) == [1])
            #expect(try await repository.currentVersions(at: .distantFuture).map(\.version) == [2])
        }
    }
}
