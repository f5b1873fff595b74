import Foundation
import HummingbirdOTP

/// TOTP (RFC 6238, SHA-1, 6 digits, 30 s): what every authenticator app speaks.
enum StaffAuthenticator {
    static let issuer = "OneCouncil"

    /// A fresh shared secret: 20 random characters, 120 bits or more.
    static func newSecret() -> String {
        String((0..<20).map { _ in secretAlphabet.randomElement() ?? "A" })
    }
    private static let secretAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// The `otpauth://` address an authenticator app reads from the QR code.
    static func enrolmentURI(secret: String, email: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: "\(issuer):\(email)", issuer: issuer)
    }

    /// The secret as typed into an app by hand: the base32 from the enrolment address, in groups of four.
    static func typedSecret(_ uri: String) -> String {
        let base32 = uri.split(separator: "?").last?.split(separator: "&")
            .first { $0.hasPrefix("secret=") }?.dropFirst("secret=".count) ?? ""
        var groups: [String] = []
        var rest = Substring(base32)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: " ")
    }

    /// The time step whose code `typed` is, allowing one step either side for clock drift; nil if none.
    static func matchingStep(_ typed: String, secret: String, at now: Date) -> Int64? {
        let digits = typed.filter { !$0.isWhitespace && $0 != "-" }
        guard digits.count == 6, let code = Int(digits) else { return nil }
        let totp = TOTP(secret: secret)
        let step = Int64(now.timeIntervalSince1970 / 30)
        for candidate in [step, step - 1, step + 1] where totp.compute(date: Date(timeIntervalSince1970: Double(candidate) * 30)) == code {
            return candidate
        }
        return nil
    }

    /// The code an app would show at `date`, for tests and the set-up page's self-check.
    static func code(secret: String, at date: Date) -> String {
        String(format: "%06d", TOTP(secret: secret).compute(date: date))
    }
}
