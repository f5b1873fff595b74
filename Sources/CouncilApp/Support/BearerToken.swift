import Crypto
import Foundation
import Hummingbird

/// A shared secret a caller presents as `Authorization: Bearer …` (Notify's callback, a metrics scraper).
struct BearerToken: Sendable {
    let value: String

    /// Compares digests, in constant time, so the token cannot be guessed a character at a time.
    func admits(_ request: Request) -> Bool {
        guard let presented = Self.presented(in: request) else { return false }
        return SHA256.hash(data: Data(presented.utf8)) == SHA256.hash(data: Data(value.utf8))
    }

    /// The token in a request's `Authorization: Bearer …` header (the scheme in any case, as HTTP allows); nil when
    /// there is none, it is another scheme, or the header is over 1 KB (no token here is near that, and nothing
    /// longer is worth hashing).
    static func presented(in request: Request) -> String? {
        guard let header = request.headers[.authorization], header.utf8.count <= 1024 else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// What a request without it gets; it changes nothing.
    static var refusal: Response { Response(status: .unauthorized, headers: [.wwwAuthenticate: "Bearer"]) }
}
