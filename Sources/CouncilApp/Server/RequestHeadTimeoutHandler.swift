import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request head is not complete within `limit` of its first byte.
///
/// Hummingbird's idle timeout sees only parsed requests, so it cannot tell a silent connection from one that has sent
/// half a header; and it restarts at every part read, so a client trickling a body keeps it. This handler sits after
/// the HTTP parser, where it sees each request head arrive and each response end, and puts a partner at the front of
/// the pipeline, where it sees the raw bytes that start the next request.
final class RequestHeadTimeoutHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let clock: RequestHeadClock

    init(limit: TimeAmount) {
        clock = RequestHeadClock(limit: limit)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        do {
            try context.pipeline.syncOperations.addHandler(RequestBytesWatcher(clock: clock), position: .first)
        } catch {
            context.fireErrorCaught(error)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) { clock.stop() }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { clock.headArrived() }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { clock.responseFinished() }
        context.write(data, promise: promise)
    }
}

/// The front of the pipeline: starts the clock when the first byte of a request arrives.
private final class RequestBytesWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let clock: RequestHeadClock

    init(clock: RequestHeadClock) { self.clock = clock }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if unwrapInboundIn(data).readableBytes > 0 { clock.bytesArrived(context) }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        clock.stop()
        context.fireChannelInactive()
    }

    // The deadline closes the channel through this handler's context: never after the handler has left the pipeline.
    func handlerRemoved(context: ChannelHandlerContext) { clock.stop() }
}

/// One connection's deadline for its current request head. Used only by the connection's two handlers, so only on its
/// event loop; not Sendable.
///
/// Scheduling and cancelling a timer for every request cost a measurable share of a small page's time, so the clock
/// keeps at most one timer per connection: a request head only notes when it started, and the timer, when it fires,
/// either closes the connection or sleeps until the current head's own deadline.
private final class RequestHeadClock {
    private let limit: TimeAmount
    /// True between requests: the next byte read starts a request head.
    private var awaitingRequest = true
    /// When the head now being read must be complete; nil while no head is being read.
    private var headDeadline: NIODeadline?
    private var timer: Scheduled<Void>?

    init(limit: TimeAmount) { self.limit = limit }

    func bytesArrived(_ context: ChannelHandlerContext) {
        guard awaitingRequest else { return }
        awaitingRequest = false
        let deadline = NIODeadline.now() + limit
        headDeadline = deadline
        if timer == nil { arm(at: deadline, context) }
    }

    private func arm(at deadline: NIODeadline, _ context: ChannelHandlerContext) {
        timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            timer = nil
            guard let headDeadline else { return }
            if headDeadline <= .now() {
                context.close(promise: nil)
            } else {
                arm(at: headDeadline, context)
            }
        }
    }

    func headArrived() { headDeadline = nil }

    /// Pipelined requests whose heads were already read start no clock: their bytes came before this point.
    func responseFinished() { awaitingRequest = true }

    func stop() {
        headDeadline = nil
        timer?.cancel()
        timer = nil
    }
}
