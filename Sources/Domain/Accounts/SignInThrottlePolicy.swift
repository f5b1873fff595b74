import Foundation

/// How many failed sign-ins an account, or an address, may have in a window before it must wait. The account
/// limit stops guessing one person's password; the higher address limit stops one machine trying many accounts.
public struct SignInThrottlePolicy: Sendable {
    public var window: TimeInterval
    public var perAccount: Int
    public var perAddress: Int

    public init(window: TimeInterval = 15 * 60, perAccount: Int = 5, perAddress: Int = 50) {
        self.window = window
        self.perAccount = perAccount
        self.perAddress = perAddress
    }

    /// When a key with `failures` failures in the window (the earliest at `earliest`) may try again; nil if it may now.
    public func lockedUntil(failures: Int, earliest: Date?, limit: Int, now: Date) -> Date? {
        guard failures >= limit, let earliest else { return nil }
        let until = earliest.addingTimeInterval(window)
        return until > now ? until : nil
    }

    /// Whole minutes to wait, rounded up and at least one, for the "try again in N minutes" message.
    public static func minutes(until: Date, now: Date) -> Int {
        max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
    }

    public static func accountKey(_ kind: PrincipalKind, _ email: String) -> String { "\(kind.rawValue):\(email)" }
    public static func addressKey(_ address: String) -> String { "ip:\(address)" }
}
