import Foundation
import Synchronization

/// Compiled regular expressions, each compiled once: validation runs on every submission, and compiling a pattern
/// costs far more than matching it.
enum Patterns {
    private static let cache = Mutex<[String: NSRegularExpression]>([:])

    /// Whether `pattern` matches the whole of `text`. An invalid pattern never matches (the parser rejects those).
    static func wholeMatch(_ pattern: String, _ text: String) -> Bool {
        guard let regex = compiled(pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func compiled(_ pattern: String) -> NSRegularExpression? {
        if let regex = cache.withLock({ $0[pattern] }) { return regex }
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else { return nil }
        cache.withLock { $0[pattern] = regex }
        return regex
    }
}
