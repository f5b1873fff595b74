import Hummingbird
import Views

/// A signed-in person asked for something their roles do not open: answered 403 with a page that says so, in the frame
/// of the pages they may use. Error pages are drawn by a middleware outside the one that works out who is signed in, so
/// what the frame needs travels with the error.
struct AccessRefused: Error {
    let headerLinks: [HeaderLink]
    /// Staff are offered their home page rather than the citizens' list of services.
    let staffHome: Bool
}

extension HTTPError {
    /// A form sent without its session's token, or after the session expired: the one 403 that is not about roles.
    static var csrfRefused: HTTPError { HTTPError(.forbidden, message: csrfMarker) }
    private static let csrfMarker = "csrf"

    var isCSRFRefusal: Bool { status == .forbidden && body == Self.csrfMarker }
}
