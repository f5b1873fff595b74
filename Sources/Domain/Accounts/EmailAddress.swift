import Foundation

/// An email address as accounts store it: trimmed and lower-cased, so one person cannot hold two accounts by case.
public enum EmailAddress {
    public static func normalised(_ raw: String) -> String {
        raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plausible address: something@domain.tld, no spaces, at most 254 characters (RFC 5321's path limit).
    public static func isPlausible(_ email: String) -> Bool {
        guard email.count <= 254, !email.contains(where: \.isWhitespace) else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}
