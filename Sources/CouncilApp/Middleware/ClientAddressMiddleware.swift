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
        let peer = context.remoteAddress.map(Self.canonicalPeer)
        context.remoteAddress = trusted.isEmpty
            ? peer : trusted.clientAddress(peer: peer, forwardedFor: request.headers[values: Self.forwardedFor])
        return try await next(request, context)
    }

    /// The socket's address is already written by `inet_ntop`, one spelling per address, except an IPv4 client on a
    /// dual-stack socket (`::ffff:192.0.2.1`), which must read as the IPv4 address it is. Skipping the full parse for
    /// the rest keeps this off every request's bill.
    static func canonicalPeer(_ address: String) -> String {
        address.utf8.count > 7 && address.utf8.prefix(7).lazy.map { $0 | 0x20 }.elementsEqual("::ffff:".utf8)
            ? TrustedProxies.canonical(address) : address
    }
}
