import Domain
import Foundation
import SQLKit
import Synchronization

/// Service versions in `service_versions` (their lifecycle facts: `SQLServiceLifecycleStore`). Parsed definitions are cached by (slug, version): versions never change.
public final class SQLServiceRepository: ServiceRepository {
    private let database: Database
    private let parsed = Mutex<[String: ServiceDefinition]>([:])

    public init(database: Database) { self.database = database }

    public func publish(_ definition: ServiceDefinition, source: String) async throws -> (version: Int, isNew: Bool) {
        let slug = definition.slug
        let title = definition.title.english
        return try await database.write(returning: { db in
            let current = try await db.raw("""
                SELECT version, source FROM service_versions WHERE slug = \(bind: slug) ORDER BY version DESC LIMIT 1
                """).first()
            if let current, try current.string("source") == source {
                return (try current.int("version"), false)
            }
            let version = (try current?.int("version") ?? 0) + 1
            let now = Clock.millis()
            try await db.raw("""
                INSERT INTO service_versions (slug, version, source, title, published_at, published_by)
                VALUES (\(bind: slug), \(bind: version), \(bind: source), \(bind: title), \(bind: now),
                        \(bind: Actor.commandLine.recorded))
                """).run()
            return (version, true)
        })
    }

    public func currentVersions(at now: Date) async throws -> [PublishedService] {
        let rows = try await database.read { db in
            try await db.raw("""
                SELECT s.slug, s.version, s.source, s.published_at FROM service_versions s
                JOIN (SELECT slug, MAX(version) AS version FROM service_versions
                      WHERE approval = 'published' AND (live_from IS NULL OR live_from <= \(bind: Clock.millis(now))) GROUP BY slug) latest
                  ON latest.slug = s.slug AND latest.version = s.version
                ORDER BY s.title
                """).all()
        }
        return try rows.map(published)
    }

    public func version(slug: String, version: Int) async throws -> PublishedService? {
        let row = try await database.read { db in
            try await db.raw("""
                SELECT slug, version, source, published_at FROM service_versions WHERE slug = \(bind: slug) AND version = \(bind: version)
                """).first()
        }
        return try row.map(published)
    }

    private func published(_ row: any SQLRow) throws -> PublishedService {
        let slug = try row.string("slug")
        let version = try row.int("version")
        let source = try row.string("source")
        let key = "\(slug)@\(version)"
        let definition: ServiceDefinition
        if let cached = parsed.withLock({ $0[key] }) {
            definition = cached
        } else {
            definition = try DefinitionParser.parse(yaml: source)
            parsed.withLock { $0[key] = definition }
        }
        return PublishedService(slug: slug, version: version, source: source, definition: definition, publishedAt: Clock.date(try row.int64("published_at")))
    }
}
