import Domain
import Foundation
import SQLKit

/// Drafts (`service_drafts`), versions' facts (`service_versions`) and settings (`service_settings`).
public final class SQLServiceLifecycleStore: ServiceLifecycleStore {
    private let database: Database

    public init(database: Database) { self.database = database }

    private static let versionColumns = """
        slug, version, title, approval, published_at, published_by, change_note, live_from, closes_at, submission_limit,
        approved_by, approved_at, rolled_back_from
        """

    public func statuses() async throws -> [ServiceStatus] {
        try await load(slug: nil)
    }

    public func status(slug: String) async throws -> ServiceStatus? {
        try await load(slug: slug).first
    }

    private func load(slug: String?) async throws -> [ServiceStatus] {
        let filter: SQLQueryString = slug.map { " WHERE slug = \(bind: $0)" } ?? ""
        let (versionRows, draftRows, settingRows) = try await database.read { db in
            let versions = try await db.raw("SELECT \(unsafeRaw: Self.versionColumns) FROM service_versions" + filter).all()
            let drafts = try await db.raw("SELECT slug, source, based_on_version, updated_by, updated_at FROM service_drafts" + filter).all()
            let settings = try await db.raw("SELECT slug, audience, requires_approval, archived_at FROM service_settings" + filter).all()
            return (versions, drafts, settings)
        }
        var versions: [String: [ServiceVersionRecord]] = [:]
        for row in versionRows { let record = try Self.version(row); versions[record.slug, default: []].append(record) }
        var drafts: [String: ServiceDraft] = [:]
        for row in draftRows {
            let slug = try row.string("slug")
            drafts[slug] = ServiceDraft(
                slug: slug, source: try row.string("source"), basedOnVersion: try row.decode(column: "based_on_version", as: Int?.self),
                updatedBy: Actor(recorded: try row.string("updated_by")) ?? .anonymous, updatedAt: Clock.date(try row.int64("updated_at"))
            )
        }
        var settings: [String: ServiceSettings] = [:]
        for row in settingRows {
            let slug = try row.string("slug")
            settings[slug] = ServiceSettings(
                slug: slug, audience: ServiceAudience(rawValue: try row.string("audience")) ?? .everyone,
                requiresApproval: try row.int("requires_approval") != 0,
                archivedAt: try row.decode(column: "archived_at", as: Int64?.self).map(Clock.date)
            )
        }
        let slugs = Set(versions.keys).union(drafts.keys).union(settings.keys).sorted()
        return slugs.map { ServiceStatus(slug: $0, settings: settings[$0], versions: versions[$0] ?? [], draft: drafts[$0]) }
    }

    static func version(_ row: any SQLRow) throws -> ServiceVersionRecord {
        func date(_ column: String) throws -> Date? { try row.decode(column: column, as: Int64?.self).map(Clock.date) }
        func actor(_ column: String) throws -> Actor? { try row.optionalString(column).flatMap(Actor.init(recorded:)) }
        return ServiceVersionRecord(
            slug: try row.string("slug"), version: try row.int("version"), title: try row.string("title"),
            approval: VersionApproval(rawValue: try row.string("approval")) ?? .published,
            publishedAt: Clock.date(try row.int64("published_at")), publishedBy: try actor("published_by"),
            changeNote: try row.optionalString("change_note"), liveFrom: try date("live_from"),
            closesAt: try date("closes_at"), submissionLimit: try row.decode(column: "submission_limit", as: Int?.self),
            approvedBy: try actor("approved_by"), approvedAt: try date("approved_at"),
            rolledBackFrom: try row.decode(column: "rolled_back_from", as: Int?.self)
        )
    }

    public func source(slug: String, version: Int) async throws -> String? {
        try await database.read { db in
            try await db.raw("SELECT source FROM service_versions WHERE slug = \(bind: slug) AND version = \(bind: version)").first()?.string("source")
        }
    }

    public func saveDraft(_ draft: ServiceDraft) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO service_drafts (slug, source, based_on_version, updated_by, updated_at)
                VALUES (\(bind: draft.slug), \(bind: draft.source), \(bind: draft.basedOnVersion), \(bind: draft.updatedBy.recorded),
                        \(bind: Clock.millis(draft.updatedAt)))
                ON CONFLICT (slug) DO UPDATE SET source = excluded.source, based_on_version = excluded.based_on_version,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """).run()
        }
    }

    public func deleteDraft(slug: String) async throws {
        try await database.write { db in try await db.raw("DELETE FROM service_drafts WHERE slug = \(bind: slug)").run() }
    }

    public func addVersion(_ new: NewServiceVersion, removingDraft: Bool) async throws -> Int {
        let slug = new.definition.slug
        return try await database.write(returning: { db in
            let newest = try await db.raw("SELECT MAX(version) AS version FROM service_versions WHERE slug = \(bind: slug)").first()
            let version = (try newest?.decode(column: "version", as: Int?.self) ?? 0) + 1
            try await db.raw("""
                INSERT INTO service_versions (slug, version, source, title, published_at, approval, live_from, published_by, change_note,
                    closes_at, submission_limit, rolled_back_from)
                VALUES (\(bind: slug), \(bind: version), \(bind: new.source), \(bind: new.definition.title.english),
                        \(bind: Clock.millis(new.publishedAt)), \(bind: new.approval.rawValue), \(bind: Clock.millis(new.liveFrom)),
                        \(bind: new.publishedBy.recorded), \(bind: new.changeNote), \(bind: new.closesAt.map { Clock.millis($0) }),
                        \(bind: new.submissionLimit), \(bind: new.rolledBackFrom))
                """).run()
            if removingDraft { try await db.raw("DELETE FROM service_drafts WHERE slug = \(bind: slug)").run() }
            return version
        })
    }

    public func approve(slug: String, version: Int, by approver: Actor, at: Date, liveFrom: Date) async throws -> Bool {
        try await changePending(slug: slug, version: version, to: """
            approval = 'published', approved_by = \(bind: approver.recorded), approved_at = \(bind: Clock.millis(at)),
            live_from = \(bind: Clock.millis(liveFrom))
            """)
    }

    public func withdraw(slug: String, version: Int) async throws -> Bool {
        try await changePending(slug: slug, version: version, to: "approval = 'withdrawn'")
    }

    /// Applies `change` to a version only while it is still pending: two approvers at once cannot both succeed.
    private func changePending(slug: String, version: Int, to change: SQLQueryString) async throws -> Bool {
        try await database.write(returning: { db in
            let row = try await db.raw("""
                SELECT approval FROM service_versions WHERE slug = \(bind: slug) AND version = \(bind: version)
                """).first()
            guard try row?.string("approval") == VersionApproval.pending.rawValue else { return false }
            try await db.raw("UPDATE service_versions SET " + change + " WHERE slug = \(bind: slug) AND version = \(bind: version)").run()
            return true
        })
    }

    public func setClosing(slug: String, version: Int, closesAt: Date?) async throws {
        try await database.write { db in
            try await db.raw("""
                UPDATE service_versions SET closes_at = \(bind: closesAt.map { Clock.millis($0) })
                WHERE slug = \(bind: slug) AND version = \(bind: version)
                """).run()
        }
    }

    public func saveSettings(_ settings: ServiceSettings) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO service_settings (slug, audience, requires_approval, archived_at, updated_at)
                VALUES (\(bind: settings.slug), \(bind: settings.audience.rawValue), \(bind: settings.requiresApproval ? 1 : 0),
                        \(bind: settings.archivedAt.map { Clock.millis($0) }), \(bind: Clock.millis()))
                ON CONFLICT (slug) DO UPDATE SET audience = excluded.audience, requires_approval = excluded.requires_approval,
                    archived_at = excluded.archived_at, updated_at = excluded.updated_at
                """).run()
        }
    }

    public func submissionCount(slug: String, since: Date) async throws -> Int {
        try await database.read { db in
            try await db.raw("""
                SELECT COUNT(*) AS n FROM submissions WHERE service_slug = \(bind: slug) AND submitted_at >= \(bind: Clock.millis(since))
                """).first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }
}
