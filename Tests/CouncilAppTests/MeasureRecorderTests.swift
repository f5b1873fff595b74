import CouncilApp
import CouncilTestSupport
import Domain
import Synchronization
import Testing

/// A store that refuses while told to, and keeps what it is given otherwise.
private final class FlakyStore: MeasureStore {
    let refusing = Mutex(true)
    let stored = Mutex<[MeasureKey: Int]>([:])

    func add(_ counts: [MeasureKey: Int]) async throws {
        if refusing.withLock({ $0 }) { throw CancellationError() }
        stored.withLock { $0.merge(counts, uniquingKeysWith: +) }
    }
}

@Suite struct MeasureRecorderTests {
    static let key = MeasureKey(day: 1, service: "s", version: 1, channel: .online, language: .en, measure: .started)

    @Test func countsAreSummedInMemoryAndKeptWhenAFlushFails() async throws {
        let store = FlakyStore()
        let recorder = MeasureRecorder(store: store, logger: TestDatabase.logger)
        recorder.record(Self.key)
        recorder.record(Self.key, count: 2)
        #expect(await recorder.flush() == false)
        #expect(recorder.pendingCount == 1, "the refused batch waits for the next flush")
        recorder.record(Self.key)
        store.refusing.withLock { $0 = false }
        #expect(await recorder.flush() == true)
        #expect(store.stored.withLock { $0 } == [Self.key: 4])
        #expect(recorder.pendingCount == 0)
        #expect(await recorder.flush() == true, "nothing to store is not a failure")
        #expect(store.stored.withLock { $0 } == [Self.key: 4])
    }

    @Test func runningItFlushesOnItsIntervalAndOnceMoreWhenItStops() async throws {
        let store = FlakyStore()
        store.refusing.withLock { $0 = false }
        let recorder = MeasureRecorder(store: store, interval: .milliseconds(20), logger: TestDatabase.logger)
        let running = Task { try await recorder.run() }
        recorder.record(Self.key)
        for _ in 0..<200 where store.stored.withLock({ $0[Self.key] }) != 1 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(store.stored.withLock { $0 } == [Self.key: 1], "flushed without being asked")
        // Counted after the last tick and before stopping: the stop's own flush stores it.
        let slow = MeasureRecorder(store: store, interval: .seconds(3600), logger: TestDatabase.logger)
        let waiting = Task { try await slow.run() }
        slow.record(Self.key, count: 5)
        waiting.cancel()
        try await waiting.value
        running.cancel()
        try await running.value
        #expect(store.stored.withLock { $0 } == [Self.key: 6])
    }
}
