import Foundation

/// Slows password and code guessing rather than locking accounts (NCSC: lockouts let anyone shut a person out).
/// Failures are counted per key; past a key's allowance, each further guess must wait a delay that doubles with every
/// failure up to a cap, and a guess refused for waiting is not counted. Three keys:
/// - the account from one client address: its allowance is small, so an attacker's address slows quickly while the
///   account's owner, from their own address, is untouched;
/// - the address, across accounts: one machine trying many accounts;
/// - the account from every address: many machines on one account; a large allowance and a one-minute cap, so the
///   owner is at worst asked to wait a minute, never shut out.
public struct SignInThrottlePolicy: Sendable {
    public struct Rule: Sendable, Equatable {
        public var allowance: Int
        public var firstDelay: TimeInterval
        public var longestDelay: TimeInterval

        public init(allowance: Int, firstDelay: TimeInterval, longestDelay: TimeInterval) {
            self.allowance = allowance
            self.firstDelay = firstDelay
            self.longestDelay = longestDelay
        }

        /// The wait after `failures` failures: none within the allowance, then the first delay, doubling.
        public func delay(afterFailures failures: Int) -> TimeInterval {
            guard failures >= allowance else { return 0 }
            let doublings = min(failures - allowance, 30)
            return min(longestDelay, firstDelay * pow(2, Double(doublings)))
        }
    }

    /// How long a failure counts.
    public var window: TimeInterval
    public var accountFromAddress: Rule
    public var address: Rule
    public var account: Rule

    public init(
        window: TimeInterval = 24 * 3600,
        accountFromAddress: Rule = Rule(allowance: 5, firstDelay: 30, longestDelay: 15 * 60),
        address: Rule = Rule(allowance: 50, firstDelay: 30, longestDelay: 15 * 60),
        account: Rule = Rule(allowance: 100, firstDelay: 1, longestDelay: 60)
    ) {
        self.window = window
        self.accountFromAddress = accountFromAddress
        self.address = address
        self.account = account
    }

    /// When a key with `failures` failures in the window, the latest at `latest`, may guess again; nil if it may now.
    public func waitUntil(failures: Int, latest: Date?, rule: Rule, now: Date) -> Date? {
        guard let latest else { return nil }
        let until = latest.addingTimeInterval(rule.delay(afterFailures: failures))
        return until > now ? until : nil
    }

    /// A fixed limit in a window (claiming a request by reference): when `failures` reach `limit`, the window from the
    /// earliest must pass.
    public func lockedUntil(failures: Int, earliest: Date?, limit: Int, now: Date, window: TimeInterval = 15 * 60) -> Date? {
        guard failures >= limit, let earliest else { return nil }
        let until = earliest.addingTimeInterval(window)
        return until > now ? until : nil
    }

    /// Whole minutes to wait, rounded up and at least one, for the "try again in N minutes" message.
    public static func minutes(until: Date, now: Date) -> Int {
        max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
    }

    public static func accountKey(_ kind: PrincipalKind, _ email: String) -> String { "\(kind.rawValue):\(email)" }
    public static func accountFromAddressKey(_ kind: PrincipalKind, _ email: String, _ address: String) -> String {
        "\(kind.rawValue):\(email)@ip:\(address)"
    }
    public static func addressKey(_ address: String) -> String { "ip:\(address)" }
}
