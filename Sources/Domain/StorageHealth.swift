/// What the readiness check asks of storage: does it answer a read, and does it commit a write.
public protocol StorageHealth: Sendable {
    /// "sqlite" or "postgresql", for `/healthz`.
    var engineName: String { get }
    func ping() async -> Bool
    func probeWrite() async throws
}
