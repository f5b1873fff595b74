import CouncilApp
import CouncilTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing

@Suite("Health when the database is gone")
struct HealthUnavailableTests {
    @Test("healthz answers 503 with the engine when the database cannot be reached", arguments: TestDatabase.engines)
    func unavailable(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, location in
            var configuration = AppConfiguration(database: location, servicesDirectory: TestApp.servicesDirectory)
            configuration.readinessProbeInterval = .zero
            let router = try await buildRouter(configuration, database: database)
            let app = Application(router: router, logger: TestDatabase.logger)
            try await app.test(.router) { client in
                try await client.execute(uri: "/healthz", method: .get) { response in
                    #expect(response.status == .ok)
                }
                await database.close()
                try await client.execute(uri: "/healthz", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    let body = try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
                    #expect(body == ["status": "unavailable", "database": engine.rawValue, "reason": "the database cannot be reached"])
                }
            }
        }
    }
}
