import Logging
import SQLKit

public typealias WriteOperation = @Sendable (any SQLDatabase) async throws -> Void

/// Runs writes in shared transactions: everything that arrives while one transaction commits goes into the next,
/// so many writes share one fsync. Each caller returns only after its transaction has committed.
actor GroupCommitWriter {
    private struct Pending {
        let rows: [InsertRow]
        let updates: [UpdateRow]
        let operation: WriteOperation?
        let continuation: CheckedContinuation<Void, any Error>
    }

    private let backend: any DatabaseBackend
    private let logger: Logger
    private let maxBatch: Int
    private var queue: [Pending] = []
    private var draining = false

    init(backend: any DatabaseBackend, logger: Logger, maxBatch: Int) {
        self.backend = backend
        self.logger = logger
        self.maxBatch = maxBatch
    }

    func submit(rows: [InsertRow] = [], updates: [UpdateRow] = [], then operation: WriteOperation?) async throws {
        try await withCheckedThrowingContinuation { continuation in
            queue.append(Pending(rows: rows, updates: updates, operation: operation, continuation: continuation))
            if !draining {
                draining = true
                // At requests' priority whoever wrote first: begun by a background job (the job worker runs at
                // background priority), the drain would run on a thread the kernel puts last, with every submission
                // waiting on it.
                Task(priority: .medium) { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !queue.isEmpty {
            let batch = Array(queue.prefix(maxBatch))
            queue.removeFirst(batch.count)
            await commit(batch)
        }
        draining = false
    }

    private func commit(_ batch: [Pending]) async {
        let rows = batch.flatMap(\.rows)
        let updates = batch.flatMap(\.updates)
        let operations = batch.compactMap(\.operation)
        do {
            try await backend.withWriter { db in try await Self.transaction(db, rows, updates, operations) }
            for pending in batch { pending.continuation.resume() }
            return
        } catch where batch.count > 1 {
            // One bad write must not fail its neighbours: retry each alone so only the faulty one reports an error.
            logger.debug("group commit failed, retrying writes one by one", metadata: ["batch": "\(batch.count)", "error": "\(error)"])
        } catch {
            batch[0].continuation.resume(throwing: error)
            return
        }
        for pending in batch {
            do {
                try await backend.withWriter { db in
                    try await Self.transaction(db, pending.rows, pending.updates, pending.operation.map { [$0] } ?? [])
                }
                pending.continuation.resume()
            } catch {
                pending.continuation.resume(throwing: error)
            }
        }
    }

    /// Inserts first (grouped into multi-row statements), then keyed updates (grouped likewise), then the other
    /// operations in the order they arrived.
    private static func transaction(_ db: any SQLDatabase, _ rows: [InsertRow], _ updates: [UpdateRow], _ operations: [WriteOperation]) async throws {
        try await db.raw(db.dialect.name == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN").run()
        do {
            try await InsertRow.insert(rows, db)
            try await UpdateRow.update(updates, db)
            for operation in operations { try await operation(db) }
            try await db.raw("COMMIT").run()
        } catch {
            try? await db.raw("ROLLBACK").run()
            throw error
        }
    }
}
