import Crypto
import Foundation
import Hummingbird

/// A shared secret a caller presents as `Authorization: Bearer …` (Notify's callback, a metrics scraper).
struct BearerToken: Sendable {
    let value: String

    /// Compares digests, in constant time, so the token cannot be guessed a character at a time.
    func admits(_ request: Request) -> Bool {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return false }
        return SHA256.hash(data: Data(header.dropFirst("Bearer ".count).utf8)) == SHA256.hash(data: Data(value.utf8))
    }

    /// What a request without it gets; it changes nothing.
    static var refusal: Response { Response(status: .unauthorized, headers: [.wwwAuthenticate: "Bearer"]) }
}
