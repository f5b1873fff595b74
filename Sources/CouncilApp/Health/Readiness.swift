import Domain
import Logging

/// Whether this server can do its work now: the database answers a read, and commits a write through the same
/// group-commit writer every request's write goes through. Probed at most once per `maxAge` however often the load
/// balancer asks (the probe commits, so it costs an fsync); checks that arrive during a probe wait for its outcome.
actor Readiness {
    struct Outcome: Sendable, Equatable {
        var ready: Bool
        /// Why not, in words fit for an operator's dashboard; never the database's own error text (that goes to the log).
        var reason: String?
    }

    private let storage: any StorageHealth
    private let maxAge: Duration
    private let logger: Logger
    private var last: (outcome: Outcome, at: ContinuousClock.Instant)?
    private var probing: Task<Outcome, Never>?

    init(storage: any StorageHealth, maxAge: Duration, logger: Logger) {
        self.storage = storage
        self.maxAge = maxAge
        self.logger = logger
    }

    func check() async -> Outcome {
        if let last, ContinuousClock.now - last.at < maxAge { return last.outcome }
        if let probing { return await probing.value }
        let probe = Task { [storage, logger] in await Self.probe(storage, logger: logger) }
        probing = probe
        let outcome = await probe.value
        last = (outcome, ContinuousClock.now)
        probing = nil
        return outcome
    }

    private static func probe(_ database: any StorageHealth, logger: Logger) async -> Outcome {
        guard await database.ping() else {
            return Outcome(ready: false, reason: "the database cannot be reached")
        }
        do {
            try await database.probeWrite()
            return Outcome(ready: true, reason: nil)
        } catch {
            logger.error("readiness: the database refused a write", metadata: ["error": "\(String(reflecting: error))"])
            return Outcome(ready: false, reason: "the database does not accept writes")
        }
    }
}
