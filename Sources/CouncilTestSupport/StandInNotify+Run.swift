import AsyncHTTPClient

extension StandInNotify {
    /// Runs `body` with a stand-in Notify and an HTTP client, and stops both however `body` ends.
    public static func run(_ body: (StandInNotify, HTTPClient) async throws -> Void) async throws {
        let notify = try await StandInNotify.start()
        do {
            try await withHTTPClient { http in try await body(notify, http) }
        } catch {
            await notify.stop()
            throw error
        }
        await notify.stop()
    }
}

/// Runs `body` with an HTTP client (for a job worker without Notify: the local outbox), shut down however it ends.
public func withHTTPClient(_ body: (HTTPClient) async throws -> Void) async throws {
    let http = HTTPClient(eventLoopGroupProvider: .singleton)
    do {
        try await body(http)
    } catch {
        try await http.shutdown()
        throw error
    }
    try await http.shutdown()
}
