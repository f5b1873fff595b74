import Domain
import Foundation
import Persistence
import SQLKit

/// Rows for the analytics tables, written straight into the database as the recorder and the importers would leave
/// them, so dashboard tests do not depend on the journey's hooks.
public enum AnalyticsSeed {
    public struct Counter: Sendable {
        public var service: String
        public var day: Int
        public var measure: String
        public var detail: String
        public var version: Int
        public var channel: String
        public var language: String
        public var area: String
        public var count: Int

        public init(_ service: String, day: Int, _ measure: String, detail: String = "", version: Int = 1, channel: Channel = .online,
                    language: String = "en", area: String = "", count: Int) {
            self.service = service
            self.day = day
            self.measure = measure
            self.detail = detail
            self.version = version
            self.channel = channel.rawValue
            self.language = language
            self.area = area
            self.count = count
        }
    }

    public static func counters(_ counters: [Counter], into database: Database) async throws {
        try await database.write { db in
            for c in counters {
                try await db.raw("""
                    INSERT INTO measure_counts (service_slug, day, measure, detail, version, channel, language, area, count)
                    VALUES (\(bind: c.service), \(bind: c.day), \(bind: c.measure), \(bind: c.detail), \(bind: c.version), \(bind: c.channel),
                            \(bind: c.language), \(bind: c.area), \(bind: c.count))
                    """).run()
            }
        }
    }

    public static func feedback(_ service: String, day: Int, rating: Int, comment: String?, into database: Database) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO feedback (service_slug, version, day, rating, comment, language, created_at)
                VALUES (\(bind: service), 1, \(bind: day), \(bind: rating), \(bind: comment), 'en', \(bind: Int64(day) * 86_400_000))
                """).run()
        }
    }

    public static func area(_ code: String, name: String, into database: Database) async throws {
        try await database.write { db in
            try await db.raw("INSERT INTO areas (code, name, kind) VALUES (\(bind: code), \(bind: name), 'ward')").run()
        }
    }

    /// Puts the case `reference` in area `code`.
    public static func locate(_ reference: String, area code: String, into database: Database) async throws {
        try await database.write { db in
            try await db.raw("UPDATE cases SET area_code = \(bind: code) WHERE reference = \(bind: reference)").run()
        }
    }
}
