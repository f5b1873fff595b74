/// Lets at most `capacity` pieces of work run at once and at most `queueLimit` wait; beyond that it refuses at once,
/// so a flood gets a quick "try again" instead of a queue that grows without end. Per process by nature: it bounds
/// this machine's CPU.
actor ConcurrencyLimiter {
    struct Full: Error {}

    let capacity: Int
    let queueLimit: Int
    private(set) var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(capacity: Int, queueLimit: Int) {
        self.capacity = max(1, capacity)
        self.queueLimit = max(0, queueLimit)
    }

    var queued: Int { waiting.count }

    func acquire() async throws(Full) {
        if running < capacity {
            running += 1
            return
        }
        guard waiting.count < queueLimit else { throw Full() }
        // The slot is handed over by `release`, which leaves `running` as it is.
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    nonisolated func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        do {
            let result = try await work()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }
}
