import Foundation
import Logging
import Persistence

/// A fresh, migrated database for one test: SQLite in a temporary folder, or a new schema on the test PostgreSQL server.
public enum TestDatabase {
    /// The engines to run database tests against: SQLite always, PostgreSQL when `ONECOUNCIL_TEST_POSTGRES_URL` is set.
    public static var engines: [DatabaseEngine] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgresql]
    }

    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["ONECOUNCIL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` with a new, migrated database on `engine`, and removes it afterwards.
    public static func with<T>(_ engine: DatabaseEngine, _ body: (Database, DatabaseLocation) async throws -> T) async throws -> T {
        switch engine {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("onecouncil-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let location = DatabaseLocation.sqlite(path: directory.appendingPathComponent("test.sqlite").path)
            return try await run(location, body)
        case .postgresql:
            guard let url = postgresURL else { throw TestDatabaseError.noPostgres }
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
            // One connection is enough to make and drop a schema; the whole suite runs at once against one server.
            let admin = try await Database.open(try DatabaseLocation(url: url), logger: logger, maxConnections: 1)
            try await admin.execute("CREATE SCHEMA \(schema)")
            do {
                let location = try DatabaseLocation(url: url + (url.contains("?") ? "&" : "?") + "schema=\(schema)")
                let result = try await run(location, body)
                try await admin.execute("DROP SCHEMA \(schema) CASCADE")
                await admin.close()
                return result
            } catch {
                try? await admin.execute("DROP SCHEMA \(schema) CASCADE")
                await admin.close()
                throw error
            }
        }
    }

    private static func run<T>(_ location: DatabaseLocation, _ body: (Database, DatabaseLocation) async throws -> T) async throws -> T {
        let database = try await Database.open(location, logger: logger, maxConnections: 8)
        do {
            try await database.migrate()
            let result = try await body(database, location)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    public enum TestDatabaseError: Error {
        case noPostgres
    }
}
