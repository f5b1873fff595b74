import Hummingbird

extension Request {
    /// The value of the cookie called `name`, the same as `cookies[name]?.value`, found without building a `Cookie`
    /// for it (with its attribute table) or a `Cookies` of every cookie; every page view asks for two cookies.
    func cookieValue(_ name: String) -> String? {
        CookieValue.find(name, in: headers[values: .cookie])
    }
}

enum CookieValue {
    /// Like Hummingbird's `Cookies(from: headers)[name]?.value`: each header is split at `;`, whitespace before a
    /// cookie's name is dropped, and the first cookie with that exact name and an `=` wins; its value is what follows
    /// the run of `=` after the name (nil if that is empty, as Hummingbird gives no cookie then).
    static func find(_ name: String, in headers: [String]) -> String? {
        for header in headers {
            for piece in header.split(separator: ";", omittingEmptySubsequences: false) {
                let cookie = piece.drop(while: \.isWhitespace)
                guard let equals = cookie.firstIndex(of: "="), cookie[..<equals] == name else { continue }
                let value = cookie[equals...].drop { $0 == "=" }
                return value.isEmpty ? nil : String(value)
            }
        }
        return nil
    }
}
