import CouncilApp
import Domain
import Foundation
import AsyncHTTPClient
import Hummingbird
import Integrations
import Jobs
import HummingbirdTesting
import Persistence

/// Runs a test against the whole HTTP application on a fresh database, with the sample services published.
public enum TestApp {
    /// The repository's root folder, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var servicesDirectory: String { repositoryRoot.appendingPathComponent("services").path }

    /// "Today" in tests, so date rules give the same answers every day.
    public static let today = CalendarDay(year: 2026, month: 11, day: 25)

    /// The token of an API client with every scope, made for each test's database, so API calls in tests that are
    /// not about authentication need not make their own (the test client's helpers send it to `/api/v1`).
    @TaskLocal public static var apiToken: String?

    /// The test app's measure recorder: nothing flushes it on a timer, so a test calls `flush()` before reading
    /// `measure_counts`.
    @TaskLocal public static var measures: MeasureRecorder?

    public static func with<T: Sendable>(
        _ engine: DatabaseEngine = .sqlite,
        maxBodySize: Int = 30 * 1024 * 1024,
        now: @escaping @Sendable () -> Date = Date.init,
        identityProviders: [OIDCProviderConfiguration] = [],
        live: Bool = false,
        jobMetrics: JobMetrics = JobMetrics(),
        configure: @Sendable (inout AppConfiguration) -> Void = { _ in },
        _ body: @escaping @Sendable (any TestClientProtocol, Database) async throws -> T
    ) async throws -> T {
        try await TestDatabase.with(engine) { database, location in
            try await ServicePublisher(database: database).publishMissing(from: servicesDirectory, logger: TestDatabase.logger)
            var configuration = AppConfiguration(database: location, servicesDirectory: servicesDirectory, secureCookies: true, maxBodySize: maxBodySize)
            configuration.bcryptCost = 4
            configuration.identityProviders = identityProviders
            configure(&configuration)
            let measures = MeasureRecorder(store: SQLMeasureStore(database: database), logger: TestDatabase.logger)
            let router = try await buildRouter(configuration, database: database, today: { today }, now: now, httpClient: .shared,
                                               jobMetrics: jobMetrics, measures: measures)
            let app = Application(router: router, logger: TestDatabase.logger)
            let fixture = try await APIClientRegistry(database: database)
                .issue(name: "Test fixture", scopes: APIScope.allCases.map(\.rawValue), services: [], by: .commandLine).get()
            // `.live` runs a real server on 127.0.0.1, for what needs a peer address (per-address throttling).
            return try await $measures.withValue(measures) { try await $apiToken.withValue(fixture.token) {
                try await app.test(live ? .live : .router) { client in try await body(client, database) }
            } }
        }
    }
}
