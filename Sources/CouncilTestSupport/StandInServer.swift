import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// A Hummingbird server on loopback for stand-in external services (identity providers, Notify, webhook receivers):
/// started on a free port, stopped on request.
public final class StandInServer: Sendable {
    public let baseURL: String
    private let running: Mutex<(group: ServiceGroup, task: Task<Void, any Error>)?>

    private init(baseURL: String, group: ServiceGroup, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        running = Mutex((group, task))
    }

    /// Starts `router` on `host:port` (port 0 picks a free one) and returns once it accepts connections.
    public static func start<Context: RequestContext>(_ router: Router<Context>, host: String = "127.0.0.1", port: Int = 0, label: String) async throws -> StandInServer
    where Context.Source == ApplicationRequestContextSource {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: label)
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        let group = ServiceGroup(services: [app], logger: logger)
        let task = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        var boundPort: Int?
        for await port in ports { boundPort = port }
        guard let boundPort, boundPort > 0 else {
            task.cancel()
            _ = try? await task.value
            throw StandInStartError(host: host, port: port, label: label)
        }
        return StandInServer(baseURL: "http://\(host):\(boundPort)", group: group, task: task)
    }

    /// Stops the server and waits for it to finish.
    public func stop() async {
        guard let running = running.withLock({ current in defer { current = nil }; return current }) else { return }
        await running.group.triggerGracefulShutdown()
        _ = try? await running.task.value
    }
}

public struct StandInStartError: Error, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var label: String
    public var description: String { "the stand-in \(label) could not listen on \(host):\(port)" }
}
