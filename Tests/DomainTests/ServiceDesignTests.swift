import Foundation
import Synchronization
import Testing
@testable import Domain

/// The designer's use cases over an in-memory store, on a fixed clock: who may act, what publishing needs, approval.
@Suite struct ServiceDesignTests {
    /// The store as plain values: enough to run the use cases without a database.
    final class MemoryStore: ServiceLifecycleStore {
        struct State {
            var versions: [ServiceVersionRecord] = []
            var sources: [String: String] = [:]
            var drafts: [String: ServiceDraft] = [:]
            var settings: [String: ServiceSettings] = [:]
            var audit: [AuditEntry] = []
        }
        let state = Mutex(State())

        func statuses() async throws -> [ServiceStatus] {
            state.withLock { state in
                Set(state.versions.map(\.slug)).union(state.drafts.keys).union(state.settings.keys).sorted().map { slug in
                    ServiceStatus(slug: slug, settings: state.settings[slug], versions: state.versions.filter { $0.slug == slug },
                                  draft: state.drafts[slug])
                }
            }
        }
        func status(slug: String) async throws -> ServiceStatus? { try await statuses().first { $0.slug == slug } }
        func source(slug: String, version: Int) async throws -> String? { state.withLock { $0.sources["\(slug)@\(version)"] } }
        func saveDraft(_ draft: ServiceDraft) async throws { state.withLock { $0.drafts[draft.slug] = draft } }
        func deleteDraft(slug: String) async throws { _ = state.withLock { $0.drafts.removeValue(forKey: slug) } }
        func addVersion(_ new: NewServiceVersion, removingDraft: Bool) async throws -> Int {
            state.withLock { state in
                let slug = new.definition.slug
                let number = (state.versions.filter { $0.slug == slug }.map(\.version).max() ?? 0) + 1
                state.versions.append(ServiceVersionRecord(
                    slug: slug, version: number, title: new.definition.title.english, approval: new.approval, publishedAt: new.publishedAt,
                    publishedBy: new.publishedBy, changeNote: new.changeNote, liveFrom: new.liveFrom, closesAt: new.closesAt,
                    submissionLimit: new.submissionLimit, rolledBackFrom: new.rolledBackFrom))
                state.sources["\(slug)@\(number)"] = new.source
                if removingDraft { state.drafts[slug] = nil }
                return number
            }
        }
        func approve(slug: String, version: Int, by: Actor, at: Date, liveFrom: Date) async throws -> Bool {
            change(slug, version) { $0.approval = .published; $0.approvedBy = by; $0.approvedAt = at; $0.liveFrom = liveFrom }
        }
        func withdraw(slug: String, version: Int) async throws -> Bool { change(slug, version) { $0.approval = .withdrawn } }
        private func change(_ slug: String, _ version: Int, _ body: (inout ServiceVersionRecord) -> Void) -> Bool {
            state.withLock { state in
                guard let index = state.versions.firstIndex(where: { $0.slug == slug && $0.version == version && $0.approval == .pending }) else { return false }
                body(&state.versions[index])
                return true
            }
        }
        func setClosing(slug: String, version: Int, closesAt: Date?) async throws {
            state.withLock { state in
                if let index = state.versions.firstIndex(where: { $0.slug == slug && $0.version == version }) { state.versions[index].closesAt = closesAt }
            }
        }
        func saveSettings(_ settings: ServiceSettings) async throws { state.withLock { $0.settings[settings.slug] = settings } }
        func submissionCount(slug: String, since: Date) async throws -> Int { 0 }
    }

    final class MemoryAudit: AuditLog {
        let entries = Mutex<[AuditEntry]>([])
        func record(_ entry: AuditEntry) async throws { entries.withLock { $0.append(entry) } }
        func recent(limit: Int, actorOrSubject: String?) async throws -> [AuditEntry] { entries.withLock { Array($0.reversed().prefix(limit)) } }
        func page(_ query: AuditQuery) async throws -> AuditPage { AuditPage(entries: [], hasNewer: false, hasOlder: false) }
    }

    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let anna = ServiceDesigner(actor: .staff(1), access: StaffAccess(grants: [RoleGrant(role: .serviceDesigner)]))
    static let ben = ServiceDesigner(actor: .staff(2), access: StaffAccess(grants: [RoleGrant(role: .serviceDesigner, serviceSlug: "dog-fouling")]))
    static let officer = ServiceDesigner(actor: .staff(3), access: StaffAccess(grants: [RoleGrant(role: .caseOfficer, serviceSlug: "dog-fouling")]))

    static func design() -> (ServiceDesign, MemoryStore, MemoryAudit) {
        let store = MemoryStore()
        let audit = MemoryAudit()
        return (ServiceDesign(store: store, audit: audit, clock: CouncilClock(now: { now })), store, audit)
    }

    static func newService(_ design: ServiceDesign) async throws {
        try await design.createDraft(.blank(slug: "dog-fouling", title: "Report dog fouling", referencePrefix: "DOG"), by: anna)
    }

    @Test("only service designers allowed the service may act on it")
    func grantsAreChecked() async throws {
        let (design, _, _) = Self.design()
        try await Self.newService(design)
        await #expect(throws: ServiceDesignError.notPermitted(slug: "dog-fouling")) {
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "First"), by: Self.officer)
        }
        await #expect(throws: ServiceDesignError.notPermitted(slug: "litter")) {
            try await design.createDraft(.blank(slug: "litter", title: "Litter", referencePrefix: "LIT"), by: Self.ben)
        }
        #expect(try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "First"), by: Self.ben) == .live(version: 1))
    }

    @Test("bad names, a missing note, a closing time before going live and a zero limit are refused in the designer's words")
    func publishingChecks() async throws {
        let (design, _, _) = Self.design()
        await #expect(throws: ServiceDesignError.invalidSlug("Dog Fouling")) {
            try await design.createDraft(.blank(slug: "Dog Fouling", title: "x", referencePrefix: "DOG"), by: Self.anna)
        }
        await #expect(throws: ServiceDesignError.invalidReferencePrefix("dog")) {
            try await design.createDraft(.blank(slug: "dog-fouling", title: "x", referencePrefix: "dog"), by: Self.anna)
        }
        try await Self.newService(design)
        await #expect(throws: ServiceDesignError.changeNoteRequired) {
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: nil), by: Self.anna)
        }
        await #expect(throws: ServiceDesignError.closingNotAfterLive) {
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(liveFrom: Self.now.addingTimeInterval(60), changeNote: "x",
                                                                             closesAt: Self.now.addingTimeInterval(30)), by: Self.anna)
        }
        await #expect(throws: ServiceDesignError.limitNotPositive) {
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "x", submissionLimit: 0), by: Self.anna)
        }
        try await design.saveDraft(slug: "dog-fouling", source: DraftSource.blank(slug: "litter", title: "x", referencePrefix: "LIT"), by: Self.anna)
        await #expect(throws: ServiceDesignError.slugChanged(draft: "litter", service: "dog-fouling")) {
            try await design.publishDraft(slug: "dog-fouling", PublishChoices(changeNote: "x"), by: Self.anna)
        }
        #expect(ServiceDesignError.changeNoteRequired.description == "Say what changed in this version: the change note is required")
    }

    @Test("a version approved after its scheduled time goes live at approval; every step is audited")
    func approvalAfterScheduledTime() async throws {
        let (design, store, audit) = Self.design()
        try await Self.newService(design)
        try await store.saveSettings(ServiceSettings(slug: "dog-fouling", requiresApproval: true))
        let asked = Self.now.addingTimeInterval(-10)
        #expect(try await design.publishDraft(slug: "dog-fouling", PublishChoices(liveFrom: asked, changeNote: "First"), by: Self.anna)
                == .awaitingApproval(version: 1))
        #expect(try await store.status(slug: "dog-fouling")?.state(at: Self.now) == .draft)
        #expect(try await design.approve(slug: "dog-fouling", version: 1, by: Self.ben) == .live(version: 1))
        #expect(try await store.status(slug: "dog-fouling")?.versions.first?.liveFrom == Self.now)
        #expect(audit.entries.withLock { $0.map(\.action) } == [.designerDraftCreated, .designerApprovalRequested, .designerVersionApproved])
        #expect(audit.entries.withLock { $0.allSatisfy { $0.subject == "service:dog-fouling" } })
    }
}
