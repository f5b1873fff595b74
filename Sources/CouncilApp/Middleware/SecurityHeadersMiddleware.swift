import HTTPTypes
import Hummingbird

/// Headers that make every response safer to show: no framing, no sniffing, scripts and styles from this origin only.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    private let policy: String

    /// `imageSources`: other origins images may come from (the map tile service, when one is configured).
    init(imageSources: [String] = []) {
        policy = "default-src 'self'; img-src 'self' data:\(imageSources.map { " " + $0 }.joined()); style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = policy
        response.headers[.xContentTypeOptions] = "nosniff"
        if let name = HeaderNames.frameOptions { response.headers[name] = "DENY" }
        if let name = HeaderNames.referrerPolicy { response.headers[name] = "same-origin" }
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}

/// Header names HTTPTypes has no constant for; both are valid tokens, so neither is ever nil.
enum HeaderNames {
    static let frameOptions = HTTPField.Name("X-Frame-Options")
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")
}
