import HTTPTypes
import Hummingbird

/// Puts the client's address in `context.remoteAddress` before anything else reads it (sign-in throttling, message
/// limits, the audit trail): the peer's address, or, when the peer is a trusted proxy, the client it forwarded for.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trusted: TrustedProxies
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let peer = context.remoteAddress.map(TrustedProxies.canonical)
        context.remoteAddress = trusted.isEmpty
            ? peer : trusted.clientAddress(peer: peer, forwardedFor: request.headers[values: Self.forwardedFor])
        return try await next(request, context)
    }
}
