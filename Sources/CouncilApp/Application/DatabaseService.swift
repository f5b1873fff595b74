import AsyncHTTPClient
import Persistence
import ServiceLifecycle

/// Keeps the database and the outbound HTTP client open while the server runs; closes them after the server has
/// finished its last request.
struct DatabaseService: Service {
    let database: Database
    let httpClient: HTTPClient

    func run() async throws {
        try? await gracefulShutdown()
        try? await httpClient.shutdown()
        await database.close()
    }
}
