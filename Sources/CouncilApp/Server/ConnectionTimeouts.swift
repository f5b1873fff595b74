import Hummingbird
import HummingbirdCore
import NIOCore

/// How long the server holds a connection that is not sending a request. Without limits, idle or half-sent
/// connections are held until the client lets go, and enough of them from one client starve everyone else.
public struct ConnectionTimeouts: Sendable, Equatable {
    /// From the first byte of a request to the end of its headers (nginx: `client_header_timeout`). A client that
    /// starts a request and stalls, or trickles it a byte at a time, is cut off here.
    public var headerRead: Duration
    /// With no request in progress (from the connection opening or the last response), or between parts of a request
    /// body, before the connection is closed (nginx: `keepalive_timeout`). Longer than a proxy's own keep-alive to us,
    /// so the proxy, not we, closes the connections it pools.
    public var idle: Duration

    public init(headerRead: Duration = .seconds(10), idle: Duration = .seconds(75)) {
        self.headerRead = headerRead
        self.idle = idle
    }

    /// The HTTP/1.1 server with both limits: Hummingbird's own idle timeout, and our handler for the request head.
    var server: HTTPServerBuilder {
        let headerRead = TimeAmount(headerRead)
        return .http1(configuration: .init(
            additionalChannelHandlers: [RequestHeadTimeoutHandler(limit: headerRead)],
            idleTimeout: TimeAmount(idle)
        ))
    }

    /// Seconds as written in a flag or environment variable: more than 0, at most an hour; fractions allowed.
    public static func seconds(_ text: String) -> Duration? {
        guard let value = Double(text), value > 0, value <= 3600 else { return nil }
        return .milliseconds(Int64((value * 1000).rounded()))
    }
}
