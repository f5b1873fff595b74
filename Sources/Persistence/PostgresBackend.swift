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

    /// A connection that failed in a way that would fail every later write on it is closed, so the pool opens a new
    /// one: after a failover the old primary, now a read-only standby, keeps pooled connections that refuse every write
    /// ("cannot execute INSERT in a read-only transaction") until a restart.
    func withWriter<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            do {
                return try await body(connection.sql())
            } catch {
                if Self.leavesConnectionUnsound(error) { try? await connection.close() }
                throw error
            }
        }
    }

    /// SQLSTATE classes 25 (invalid transaction state: read-only, or a transaction left aborted), 08 (connection
    /// exception), 57P (the server shutting down or in recovery), 53 (out of resources), 58 (system I/O error); or no
    /// SQLSTATE at all (the connection itself failed).
    static func leavesConnectionUnsound(_ error: any Error) -> Bool {
        guard let failure = error as? PSQLError else { return false }
        guard let state = failure.serverInfo?[.sqlState] else { return failure.code != .server }
        return ["25", "08", "53", "58"].contains(String(state.prefix(2))) || state.hasPrefix("57P")
    }

    func close() async {
        pool.cancel()
        await pool.value
    }
}
