import Foundation

/// A member of staff acting in the designer: who (for the audit trail and approval) and what they may design.
public struct ServiceDesigner: Sendable {
    public var actor: Actor
    public var access: StaffAccess

    public init(actor: Actor, access: StaffAccess) {
        self.actor = actor
        self.access = access
    }

    func mayDesign(_ slug: String) -> Bool { access.mayDesign(slug) }
}

/// How a version is to go live.
public struct PublishChoices: Sendable, Equatable {
    /// When it goes live; nil for now.
    public var liveFrom: Date?
    public var changeNote: String?
    public var closesAt: Date?
    public var submissionLimit: Int?

    public init(liveFrom: Date? = nil, changeNote: String?, closesAt: Date? = nil, submissionLimit: Int? = nil) {
        self.liveFrom = liveFrom
        self.changeNote = changeNote
        self.closesAt = closesAt
        self.submissionLimit = submissionLimit
    }
}

/// One service as the designer's list shows it.
public struct ServiceOverview: Sendable, Equatable {
    public var status: ServiceStatus
    public var state: ServiceState
    public var availability: ServiceAvailability
    public var title: String

    public var slug: String { status.slug }
    public var versionCount: Int { status.versions.count }
}

/// The lifecycle of a service and its versions: drafts, publishing (now, scheduled, with approval), rolling back,
/// closing, archiving and settings. Every action checks the designer's grant and goes in the audit trail.
public struct ServiceDesign: Sendable {
    let store: any ServiceLifecycleStore
    let audit: any AuditLog
    let clock: CouncilClock

    public init(store: any ServiceLifecycleStore, audit: any AuditLog, clock: CouncilClock) {
        self.store = store
        self.audit = audit
        self.clock = clock
    }

    // MARK: Reading

    /// The services this designer may design, with their state now, in title order.
    public func services(for designer: ServiceDesigner) async throws -> [ServiceOverview] {
        let now = clock.now()
        var list: [ServiceOverview] = []
        for status in try await store.statuses() where designer.mayDesign(status.slug) {
            list.append(try await overview(status, at: now))
        }
        return list.sorted { ($0.title.lowercased(), $0.slug) < ($1.title.lowercased(), $1.slug) }
    }

    /// A service's versions, newest first, with their notes.
    public func history(slug: String, for designer: ServiceDesigner) async throws -> [ServiceVersionRecord] {
        try permit(designer, slug)
        guard let status = try await store.status(slug: slug) else { throw ServiceDesignError.unknownService(slug: slug) }
        return status.versions.sorted { $0.version > $1.version }
    }

    public func overview(_ status: ServiceStatus, at now: Date) async throws -> ServiceOverview {
        var counted = 0
        if let since = status.limitCountedSince(at: now) { counted = try await store.submissionCount(slug: status.slug, since: since) }
        let title = status.versions.max { $0.version < $1.version }?.title
            ?? status.draft.flatMap { try? DefinitionParser.parse(yaml: $0.source).title.english } ?? status.slug
        return ServiceOverview(status: status, state: status.state(at: now, submissionsCounted: counted),
                               availability: status.availability(at: now, submissionsCounted: counted), title: title)
    }

    // MARK: Drafts

    /// The working draft of `slug`, if one has been started.
    public func draft(slug: String, for designer: ServiceDesigner) async throws -> ServiceDraft? {
        try permit(designer, slug)
        return try await store.status(slug: slug)?.draft
    }

    /// Makes the working draft of a new service; its slug must be free.
    @discardableResult
    public func createDraft(_ start: DraftStart, by designer: ServiceDesigner) async throws -> ServiceDraft {
        let source: String
        switch start {
        case .blank(let slug, let title, let prefix):
            try checkNames(slug: slug, prefix: prefix)
            source = DraftSource.blank(slug: slug, title: title, referencePrefix: prefix)
        case .sample(let sample), .imported(let sample, _):
            source = sample
        case .copy(let original, let slug, let prefix):
            try checkNames(slug: slug, prefix: prefix)
            try permit(designer, original)
            guard let status = try await store.status(slug: original),
                  let copied = status.current(at: clock.now()) ?? status.versions.max(by: { $0.version < $1.version }),
                  let text = try await store.source(slug: original, version: copied.version) else {
                throw ServiceDesignError.unknownService(slug: original)
            }
            source = DraftSource.renamed(text, slug: slug, referencePrefix: prefix)
        }
        // The slug is read from the YAML, so a sample keeps its own; a sample that does not parse cannot name one.
        let slug: String
        do { slug = try DefinitionParser.parse(yaml: source).slug } catch { throw ServiceDesignError.invalidDraft(error.problems) }
        try permit(designer, slug)
        if let existing = try await store.status(slug: slug) {
            throw existing.versions.isEmpty && existing.draft != nil ? ServiceDesignError.draftExists(slug: slug) : ServiceDesignError.serviceExists(slug: slug)
        }
        let draft = ServiceDraft(slug: slug, source: source, basedOnVersion: nil, updatedBy: designer.actor, updatedAt: clock.now())
        try await store.saveDraft(draft)
        try await record(designer, .designerDraftCreated, slug, detail: describe(start))
        return draft
    }

    /// Starts the draft of a published service from one of its versions (the current one when `version` is nil).
    @discardableResult
    public func startDraft(slug: String, fromVersion version: Int? = nil, by designer: ServiceDesigner) async throws -> ServiceDraft {
        try permit(designer, slug)
        guard let status = try await store.status(slug: slug) else { throw ServiceDesignError.unknownService(slug: slug) }
        if status.draft != nil { throw ServiceDesignError.draftExists(slug: slug) }
        let chosen = try version ?? (status.current(at: clock.now()) ?? status.versions.max { $0.version < $1.version }).map(\.version)
            ?? { throw ServiceDesignError.noLiveVersion(slug: slug) }()
        guard let source = try await store.source(slug: slug, version: chosen) else {
            throw ServiceDesignError.noSuchVersion(slug: slug, version: chosen)
        }
        let draft = ServiceDraft(slug: slug, source: source, basedOnVersion: chosen, updatedBy: designer.actor, updatedAt: clock.now())
        try await store.saveDraft(draft)
        try await record(designer, .designerDraftCreated, slug, detail: "from version \(chosen)")
        return draft
    }

    /// Saves the draft's text as it is, valid or not; returns the problems the designer has still to fix.
    @discardableResult
    public func saveDraft(slug: String, source: String, by designer: ServiceDesigner) async throws -> [DefinitionProblem] {
        try permit(designer, slug)
        guard var draft = try await store.status(slug: slug)?.draft else { throw ServiceDesignError.noDraft(slug: slug) }
        draft.source = source
        draft.updatedBy = designer.actor
        draft.updatedAt = clock.now()
        try await store.saveDraft(draft)
        try await record(designer, .designerDraftSaved, slug)
        do {
            _ = try DefinitionParser.parse(yaml: source)
            return []
        } catch {
            return error.problems
        }
    }

    public func discardDraft(slug: String, by designer: ServiceDesigner) async throws {
        try permit(designer, slug)
        guard try await store.status(slug: slug)?.draft != nil else { throw ServiceDesignError.noDraft(slug: slug) }
        try await store.deleteDraft(slug: slug)
        try await record(designer, .designerDraftDiscarded, slug)
    }

    // MARK: Publishing

    public enum Published: Sendable, Equatable {
        case live(version: Int)
        case scheduled(version: Int, liveFrom: Date)
        /// Stored, waiting for a second designer's approval before it can go live.
        case awaitingApproval(version: Int)
    }

    /// Publishes the draft: it must validate, keep the service's slug and carry a change note. On a service that
    /// needs approval this asks for approval instead.
    @discardableResult
    public func publishDraft(slug: String, _ choices: PublishChoices, by designer: ServiceDesigner) async throws -> Published {
        try permit(designer, slug)
        guard let status = try await store.status(slug: slug), let draft = status.draft else { throw ServiceDesignError.noDraft(slug: slug) }
        let definition: ServiceDefinition
        do { definition = try DefinitionParser.parse(yaml: draft.source) } catch { throw ServiceDesignError.invalidDraft(error.problems) }
        guard definition.slug == slug else { throw ServiceDesignError.slugChanged(draft: definition.slug, service: slug) }
        return try await publish(definition, source: draft.source, status: status, choices, by: designer, removingDraft: true, rollingBackFrom: nil)
    }

    /// Publishes an earlier version's YAML again as a new version (a roll back never rewrites history).
    @discardableResult
    public func rollBack(slug: String, to version: Int, _ choices: PublishChoices, by designer: ServiceDesigner) async throws -> Published {
        try permit(designer, slug)
        guard let status = try await store.status(slug: slug) else { throw ServiceDesignError.unknownService(slug: slug) }
        guard let source = try await store.source(slug: slug, version: version) else { throw ServiceDesignError.noSuchVersion(slug: slug, version: version) }
        let definition: ServiceDefinition
        do { definition = try DefinitionParser.parse(yaml: source) } catch { throw ServiceDesignError.invalidDraft(error.problems) }
        return try await publish(definition, source: source, status: status, choices, by: designer, removingDraft: false, rollingBackFrom: version)
    }

    private func publish(
        _ definition: ServiceDefinition, source: String, status: ServiceStatus, _ choices: PublishChoices, by designer: ServiceDesigner,
        removingDraft: Bool, rollingBackFrom: Int?
    ) async throws -> Published {
        let now = clock.now()
        let note = choices.changeNote?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if note.isEmpty { throw ServiceDesignError.changeNoteRequired }
        let liveFrom = max(choices.liveFrom ?? now, now)
        if let closesAt = choices.closesAt, closesAt <= liveFrom { throw ServiceDesignError.closingNotAfterLive }
        if let limit = choices.submissionLimit, limit < 1 { throw ServiceDesignError.limitNotPositive }
        let approval: VersionApproval = status.settings.requiresApproval ? .pending : .published
        let version = try await store.addVersion(NewServiceVersion(
            definition: definition, source: source, approval: approval, publishedBy: designer.actor, publishedAt: now, changeNote: note,
            liveFrom: liveFrom, closesAt: choices.closesAt, submissionLimit: choices.submissionLimit, rolledBackFrom: rollingBackFrom
        ), removingDraft: removingDraft)
        let when = liveFrom > now ? "live from \(Self.stamp(liveFrom))" : "live now"
        let detail = "version \(version), \(when): \(note)"
        if approval == .pending {
            try await record(designer, .designerApprovalRequested, definition.slug, detail: detail)
            return .awaitingApproval(version: version)
        }
        try await record(designer, rollingBackFrom == nil ? .designerVersionPublished : .designerVersionRolledBack, definition.slug,
                         detail: rollingBackFrom.map { "restoring version \($0) as " } .map { $0 + detail } ?? detail)
        return liveFrom > now ? .scheduled(version: version, liveFrom: liveFrom) : .live(version: version)
    }

    // MARK: Approval

    /// A second designer approves a pending version: it goes live at the time asked for, or now if that has passed.
    @discardableResult
    public func approve(slug: String, version: Int, by approver: ServiceDesigner) async throws -> Published {
        try permit(approver, slug)
        let pending = try await pendingVersion(slug, version)
        if pending.publishedBy == approver.actor { throw ServiceDesignError.approverIsRequester }
        let now = clock.now()
        let liveFrom = max(pending.liveFrom, now)
        guard try await store.approve(slug: slug, version: version, by: approver.actor, at: now, liveFrom: liveFrom) else {
            throw ServiceDesignError.notPending(slug: slug, version: version)
        }
        try await record(approver, .designerVersionApproved, slug, detail: "version \(version), live from \(Self.stamp(liveFrom))")
        return liveFrom > now ? .scheduled(version: version, liveFrom: liveFrom) : .live(version: version)
    }

    /// Withdraws a version's approval request: it never goes live (the record stays in the history).
    public func withdraw(slug: String, version: Int, by designer: ServiceDesigner) async throws {
        try permit(designer, slug)
        _ = try await pendingVersion(slug, version)
        guard try await store.withdraw(slug: slug, version: version) else { throw ServiceDesignError.notPending(slug: slug, version: version) }
        try await record(designer, .designerApprovalWithdrawn, slug, detail: "version \(version)")
    }

    private func pendingVersion(_ slug: String, _ version: Int) async throws -> ServiceVersionRecord {
        guard let status = try await store.status(slug: slug) else { throw ServiceDesignError.unknownService(slug: slug) }
        guard let record = status.versions.first(where: { $0.version == version }) else {
            throw ServiceDesignError.noSuchVersion(slug: slug, version: version)
        }
        guard record.approval == .pending else { throw ServiceDesignError.notPending(slug: slug, version: version) }
        return record
    }

    // MARK: Closing, archiving, settings

    /// Closes the service now: the current version's closing time becomes this moment. Publishing a new version reopens it.
    public func closeNow(slug: String, by designer: ServiceDesigner) async throws {
        try permit(designer, slug)
        let now = clock.now()
        guard let current = try await store.status(slug: slug)?.current(at: now) else { throw ServiceDesignError.noLiveVersion(slug: slug) }
        try await store.setClosing(slug: slug, version: current.version, closesAt: now)
        try await record(designer, .designerServiceClosed, slug, detail: "version \(current.version)")
    }

    public func archive(slug: String, by designer: ServiceDesigner) async throws {
        var settings = try await settings(slug, designer)
        if settings.isArchived { throw ServiceDesignError.alreadyArchived(slug: slug) }
        settings.archivedAt = clock.now()
        try await store.saveSettings(settings)
        try await record(designer, .designerServiceArchived, slug)
    }

    public func unarchive(slug: String, by designer: ServiceDesigner) async throws {
        var settings = try await settings(slug, designer)
        if !settings.isArchived { throw ServiceDesignError.notArchived(slug: slug) }
        settings.archivedAt = nil
        try await store.saveSettings(settings)
        try await record(designer, .designerServiceUnarchived, slug)
    }

    public func setAudience(slug: String, _ audience: ServiceAudience, by designer: ServiceDesigner) async throws {
        var settings = try await settings(slug, designer)
        guard settings.audience != audience else { return }
        settings.audience = audience
        try await store.saveSettings(settings)
        try await record(designer, .designerSettingsChanged, slug, detail: "audience \(audience.rawValue)")
    }

    public func setRequiresApproval(slug: String, _ required: Bool, by designer: ServiceDesigner) async throws {
        var settings = try await settings(slug, designer)
        guard settings.requiresApproval != required else { return }
        settings.requiresApproval = required
        try await store.saveSettings(settings)
        try await record(designer, .designerSettingsChanged, slug, detail: required ? "approval required" : "approval not required")
    }

    private func settings(_ slug: String, _ designer: ServiceDesigner) async throws -> ServiceSettings {
        try permit(designer, slug)
        guard let status = try await store.status(slug: slug) else { throw ServiceDesignError.unknownService(slug: slug) }
        return status.settings
    }

    // MARK: Helpers

    private func permit(_ designer: ServiceDesigner, _ slug: String) throws {
        guard designer.access.has(.serviceDesigner), designer.mayDesign(slug) else { throw ServiceDesignError.notPermitted(slug: slug) }
    }

    private func checkNames(slug: String, prefix: String) throws {
        guard DraftSource.isSlug(slug) else { throw ServiceDesignError.invalidSlug(slug) }
        guard DraftSource.isReferencePrefix(prefix) else { throw ServiceDesignError.invalidReferencePrefix(prefix) }
    }

    private func describe(_ start: DraftStart) -> String {
        switch start {
        case .blank: "from blank"
        case .sample: "from a sample"
        case .copy(let original, _, _): "copy of \(original)"
        case .imported(_, let origin): "imported from \(origin)"
        }
    }

    private func record(_ designer: ServiceDesigner, _ action: AuditAction, _ slug: String, detail: String = "") async throws {
        try await audit.record(AuditEntry(at: clock.now(), actor: designer.actor, action: action, subject: "service:\(slug)", detail: detail))
    }

    static func stamp(_ date: Date) -> String { date.ISO8601Format() }
}
