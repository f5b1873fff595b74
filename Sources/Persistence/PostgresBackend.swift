import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL through PostgresNIO's connection pool, which runs in a task of its own from open to close.
final class PostgresBackend: DatabaseBackend {
    let engine = DatabaseEngine.postgresql
    private let client: PostgresClient
    private let pool: Task<Void, Never>

    init(location: DatabaseLocation, logger: Logger, maxConnections: Int = 20) {
        guard case .postgres(let host, let port, let username, let password, let database, let requireTLS, let schema) = location else {
            preconditionFailure("PostgresBackend needs a postgres location")
        }
        let tls: PostgresClient.Configuration.TLS = requireTLS ? .require(.makeClientConfiguration()) : .disable
        var configuration = PostgresClient.Configuration(host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.maximumConnections = max(1, maxConnections)
        configuration.options.minimumConnections = min(2, max(1, maxConnections))
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.pool = Task { await client.run() }
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in try await body(connection.sql()) }
    }

    func withWriter<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in try await body(connection.sql()) }
    }

    func close() async {
        pool.cancel()
        await pool.value
    }
}
