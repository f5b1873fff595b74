import CouncilApp
import CouncilTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// `/healthz` tells a load balancer whether writes succeed, not only whether the database answers; `/livez` only
/// whether the process does.
@Suite struct ReadinessTests {
    /// A database that answers reads but refuses every write, as a read-only file or a standby does.
    static func refuseWrites(_ database: Database) async throws {
        switch database.engine {
        case .sqlite:
            try await database.execute("CREATE TRIGGER refuse_writes BEFORE INSERT ON readiness_probe BEGIN SELECT RAISE(ABORT, 'writes refused'); END")
        case .postgresql:
            try await database.execute("CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'writes refused'; END $$")
            try await database.execute("CREATE TRIGGER refuse_writes BEFORE INSERT ON readiness_probe FOR EACH ROW EXECUTE FUNCTION refuse_writes()")
        }
    }

    static func acceptWrites(_ database: Database) async throws {
        switch database.engine {
        case .sqlite: try await database.execute("DROP TRIGGER refuse_writes")
        case .postgresql: try await database.execute("DROP TRIGGER refuse_writes ON readiness_probe")
        }
    }

    static func health(_ client: any TestClientProtocol, _ uri: String = "/healthz") async throws -> (HTTPResponse.Status, [String: String]) {
        try await client.execute(uri: uri, method: .get) { response in
            (response.status, try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body)))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func healthSaysUnavailableWhileWritesFailAndOKOnceTheyWorkWithoutARestart(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, location in
            var configuration = AppConfiguration(database: location, servicesDirectory: TestApp.servicesDirectory)
            configuration.readinessProbeInterval = .zero
            let router = try await buildRouter(configuration, database: database)
            let app = Application(router: router, logger: TestDatabase.logger)
            try await app.test(.router) { client in
                #expect(try await Self.health(client) == (.ok, ["status": "ok", "database": engine.rawValue]))

                try await Self.refuseWrites(database)
                #expect(await database.ping(), "reads still work: the old check said ok here")
                #expect(try await Self.health(client) == (.serviceUnavailable, [
                    "status": "unavailable", "database": engine.rawValue, "reason": "the database does not accept writes",
                ]))
                // Alive all the same: nothing a restart would mend.
                #expect(try await Self.health(client, "/livez") == (.ok, ["status": "ok"]))

                try await Self.acceptWrites(database)
                #expect(try await Self.health(client) == (.ok, ["status": "ok", "database": engine.rawValue]))
            }
        }
    }

    /// Health checks many times a second cost one probe per interval, not one each.
    @Test func healthReusesItsProbeWithinTheInterval() async throws {
        try await TestDatabase.with(.sqlite) { database, location in
            var configuration = AppConfiguration(database: location, servicesDirectory: TestApp.servicesDirectory)
            // Far longer than the test takes on a loaded machine, so no second probe is due.
            configuration.readinessProbeInterval = .seconds(3600)
            let router = try await buildRouter(configuration, database: database)
            let app = Application(router: router, logger: TestDatabase.logger)
            try await app.test(.router) { client in
                #expect(try await Self.health(client).0 == .ok)
                try await database.execute("UPDATE readiness_probe SET checked_at = 7")
                for _ in 0..<20 { #expect(try await Self.health(client).0 == .ok) }
                let row = try await database.read { db in try await db.raw("SELECT checked_at FROM readiness_probe").first() }
                #expect(try row?.decode(column: "checked_at", as: Int64.self) == 7)
            }
        }
    }
}
