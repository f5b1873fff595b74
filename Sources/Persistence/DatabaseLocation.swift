import Foundation

/// Where the database is: an SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(host: String, port: Int, username: String, password: String?, database: String, requireTLS: Bool, schema: String? = nil)

    public static let defaultSQLitePath = "data/onecouncil.sqlite"

    public enum Problem: Error, CustomStringConvertible {
        case invalid(String)
        public var description: String {
            switch self { case .invalid(let message): message }
        }
    }

    /// Reads `postgres://user:pass@host:port/db[?sslmode=require][&schema=name]`, `sqlite:///absolute/path`, `sqlite://relative/path` or a plain file path.
    public init(url text: String) throws(Problem) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
                throw .invalid("the PostgreSQL URL must look like postgres://user:password@host:5432/database")
            }
            let database = String(components.path.drop { $0 == "/" })
            guard !database.isEmpty else { throw .invalid("the PostgreSQL URL must name a database after the host, like postgres://user@host:5432/onecouncil") }
            guard let user = components.user, !user.isEmpty else { throw .invalid("the PostgreSQL URL must name a user, like postgres://onecouncil@host/onecouncil") }
            let sslmode = components.queryItems?.first { $0.name == "sslmode" }?.value
            let schema = components.queryItems?.first { $0.name == "schema" }?.value
            if let schema, schema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) == nil {
                throw .invalid("schema must be lower-case letters, digits and underscores")
            }
            self = .postgres(
                host: host, port: components.port ?? 5432, username: user.removingPercentEncoding ?? user,
                password: components.password?.removingPercentEncoding, database: database,
                requireTLS: sslmode == "require" || sslmode == "verify-full", schema: schema
            )
        } else if text.hasPrefix("sqlite://") {
            let path = String(text.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw .invalid("the SQLite URL must name a file, like sqlite:///var/lib/onecouncil/onecouncil.sqlite") }
            self = .sqlite(path: path)
        } else if text.contains("://") {
            throw .invalid("unsupported database URL \(text.split(separator: ":").first ?? ""): use a postgres:// URL or an SQLite file path")
        } else {
            guard !text.isEmpty else { throw .invalid("the database path is empty") }
            self = .sqlite(path: text)
        }
    }

    public var engineName: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgresql"
        }
    }

    /// Safe to log: never includes the password.
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let host, let port, let username, _, let database, _, let schema):
            "postgres://\(username)@\(host):\(port)/\(database)" + (schema.map { "?schema=\($0)" } ?? "")
        }
    }
}
