import CouncilTestSupport
import Foundation
@testable import Persistence
import Testing

/// The write-ahead log is copied back into the database file by the checkpointer's own connection, not by the writer.
@Suite("SQLite checkpoints")
struct WALCheckpointerTests {
    @Test("committed writes reach the database file without the writer checkpointing")
    func theLogIsCopiedBackInTheBackground() async throws {
        try await TestDatabase.with(.sqlite) { database, location in
            guard case .sqlite(let path) = location else { return }
            let backend = try #require(database.backend as? SQLiteBackend)
            try await database.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
            // Let the checkpointer catch up with the schema, so the file's size before the writes is settled.
            try await Task.sleep(for: WALCheckpointer.idleInterval * 2)
            let before = try fileSize(path)
            let text = String(repeating: "x", count: 2_000)
            for batch in 0..<10 {
                try await database.write(rows: (0..<50).map { InsertRow("filler", ["id": batch * 50 + $0, "text": text]) })
            }
            // 500 rows of 2 KB are ~250 pages: far below the writer's own threshold (20,000), so only the
            // checkpointer can have copied them into the file.
            var after = try fileSize(path)
            for _ in 0..<50 where after < before + 500 * 2_000 {
                try await Task.sleep(for: WALCheckpointer.busyInterval * 5)
                after = try fileSize(path)
            }
            #expect(after >= before + 500 * 2_000, "the database file did not grow: the log was not copied back")
            let settled = try await backend.checkpointer.checkpoint()
            #expect(settled.copiedFrames == settled.logFrames, "everything in the log is in the file")
            let count = try await database.read { db in try await db.raw("SELECT COUNT(*) AS n FROM filler").first()?.decode(column: "n", as: Int.self) }
            #expect(count == 500)
        }
    }

    private func fileSize(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
