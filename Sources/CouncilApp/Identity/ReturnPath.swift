import Foundation

/// Where to go after signing in: only a path on this site, never another site (an open redirect).
enum ReturnPath {
    static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_."))) ?? "/"
    }

    /// `raw` if it is a path on this site, otherwise `fallback`.
    ///
    /// Browsers drop tabs and newlines from a URL and read `\` as `/`, so `/\t/evil.example` and `/\evil.example` both
    /// go to `//evil.example`, another site. Rather than guess how each browser cleans a URL, a value is refused if it, or
    /// any percent-decoded form of it, holds anything a browser might clean (control, whitespace, invisible formatting
    /// or `\`), does not start with exactly one `/`, or parses with a scheme or host. The value is returned as given,
    /// never decoded, so what was checked is what the browser gets.
    static func safe(_ raw: String?, default fallback: String) -> String {
        guard let raw, isSitePath(raw) else { return fallback }
        return raw
    }

    static func isSitePath(_ raw: String) -> Bool {
        // The value itself goes into a Location header or an href: printable ASCII only.
        guard raw.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else { return false }
        guard let components = URLComponents(string: raw), components.scheme == nil, components.host == nil else { return false }
        var form = raw
        for _ in 0..<4 {
            guard form.hasPrefix("/"), !form.hasPrefix("//"), !form.unicodeScalars.contains(where: mightBeCleanedAway) else { return false }
            guard let decoded = form.removingPercentEncoding else { return false }
            if decoded == form { return true }
            form = decoded
        }
        return false // still decoding after four rounds: nobody's real path
    }

    private static func mightBeCleanedAway(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\\" || scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }
}
