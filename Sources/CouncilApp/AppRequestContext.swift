import Domain
import Hummingbird

/// The request context for every route: the language the page is shown in, decided by the language middleware.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var language: Language = .en
    /// Set when this request switched the language, so the response remembers it in a cookie.
    public var switchedLanguage = false
    public var bodyLimit: Int = 30 * 1024 * 1024

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { bodyLimit }
}
