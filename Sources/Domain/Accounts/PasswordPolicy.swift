/// NCSC guidance for passwords: long enough, not one of the most common, no composition rules, no expiry.
public struct PasswordPolicy: Sendable {
    public static let minimumLength = 10
    /// Long passphrases are welcome; the cap only stops a request from making hashing needlessly expensive.
    public static let maximumLength = 256

    private let commonPasswords: Set<String>

    /// `commonPasswords` are compared without regard to case.
    public init(commonPasswords: some Sequence<String>) {
        self.commonPasswords = Set(commonPasswords.map { $0.lowercased() })
    }

    public var deniedCount: Int { commonPasswords.count }

    public func problem(with password: String, email: String?) -> PasswordProblem? {
        if password.isEmpty { return .missing }
        if password.count < Self.minimumLength { return .tooShort }
        if password.count > Self.maximumLength { return .tooLong }
        let lowered = password.lowercased()
        if commonPasswords.contains(lowered) { return .common }
        if let email, !email.isEmpty, lowered == email.lowercased() { return .sameAsEmail }
        return nil
    }
}

public enum PasswordProblem: String, Sendable, Equatable {
    case missing, tooShort, tooLong, common, sameAsEmail
}
