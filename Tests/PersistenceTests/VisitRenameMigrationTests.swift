import CouncilTestSupport
import Domain
import Foundation
import Persistence
import SQLKit
import Testing

/// Migration 17 renames `jobs` and `job_places` (field visits) to `visits` and `visit_places`, with their indexes, so
/// "job" is left to the background queue. A database from before keeps its visits and its places taken.
@Suite struct VisitRenameMigrationTests {
    static let indexes = [("assignee_day", "(assignee_id, day)"), ("service_day", "(service_slug, day, area)"), ("case", "(case_reference)"),
                          ("day_status", "(day, status)")]

    /// The schema as it was at version 16.
    static func undo(_ engine: DatabaseEngine) -> [String] {
        let renames = ["ALTER TABLE visits RENAME TO jobs", "ALTER TABLE visit_places RENAME TO job_places"]
        let rest: [String] = switch engine {
        case .sqlite:
            indexes.flatMap { name, columns in ["DROP INDEX visits_\(name)", "CREATE INDEX jobs_\(name) ON jobs \(columns)"] }
        case .postgresql:
            indexes.map { name, _ in "ALTER INDEX visits_\(name) RENAME TO jobs_\(name)" } + [
                "ALTER INDEX visits_pkey RENAME TO jobs_pkey", "ALTER INDEX visit_places_pkey RENAME TO job_places_pkey",
                "ALTER SEQUENCE IF EXISTS visits_id_seq RENAME TO jobs_id_seq",
            ]
        }
        return renames + rest + ["DELETE FROM schema_migrations WHERE version = 17"]
    }

    @Test(arguments: TestDatabase.engines)
    func aDatabaseFromBeforeKeepsItsVisitsAndPlaces(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            let day = CalendarDay(year: 2026, month: 12, day: 1)
            try await database.write { db in
                for statement in Self.undo(engine) { try await db.raw(SQLQueryString(statement)).run() }
                try await db.raw("""
                    INSERT INTO jobs (case_reference, service_slug, kind, day, slot, area, assignee_id, crew, status, created_at, created_by)
                    VALUES ('BLK-OLD1-JOB1', 'bulky-waste', 'collection', \(bind: day.dayNumber), 'am', 'north', NULL, 'North crew', 'scheduled', 0, 'staff:1')
                    """).run()
                try await db.raw("""
                    INSERT INTO job_places (service_slug, area, day, slot, booked) VALUES ('bulky-waste', 'north', \(bind: day.dayNumber), '', 1),
                    ('bulky-waste', 'north', \(bind: day.dayNumber), 'am', 1)
                    """).run()
            }
            try await database.migrate()

            let visits = SQLVisitRepository(database: database)
            let kept = try await visits.visits(caseReference: "BLK-OLD1-JOB1")
            #expect(kept.map(\.crew) == ["North crew"])
            let usage = try await visits.usage(service: "bulky-waste", area: "north", days: day.dayNumber...day.dayNumber)
            #expect(usage.map(\.total) == [1])
            // New visits carry on numbering after the old ones.
            let next = try await visits.schedule(NewVisit(caseReference: "BLK-NEW1-VIS1", serviceSlug: "bulky-waste", kind: "collection", day: day,
                                                          slot: "am", area: "north", assigneeID: nil, crew: "North crew",
                                                          limits: SlotLimits(daily: 20, slot: nil), summary: "new"), actor: .staff(1), at: Date())
            #expect(next > (kept.first?.id ?? .max))
            let names = try await database.read { db in
                try await db.raw(SQLQueryString(engine == .sqlite
                    ? "SELECT name FROM sqlite_master WHERE type = 'index' AND (name LIKE 'visits%' OR name LIKE 'jobs%')"
                    : "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND (indexname LIKE 'visit%' OR indexname LIKE 'job%')"))
                    .all().map { try $0.decode(column: "name", as: String.self) }
            }
            let expected = Self.indexes.map { "visits_\($0.0)" } + (engine == .postgresql ? ["visits_pkey", "visit_places_pkey"] : [])
            #expect(Set(names) == Set(expected))
        }
    }
}
