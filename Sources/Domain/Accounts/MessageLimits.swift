import Foundation

/// How many messages the public pages may send, per recipient and per client address, in fixed windows; and how
/// many accounts one address may register. Counted in the database, so every server shares the counts.
public struct MessageLimits: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public var limit: Int
        public var window: TimeInterval

        public init(limit: Int, window: TimeInterval) {
            self.limit = limit
            self.window = window
        }
    }

    public var perRecipient: Rule
    public var perAddress: Rule
    public var registrationsPerAddress: Rule

    public init(
        perRecipient: Rule = Rule(limit: 5, window: 3600),
        perAddress: Rule = Rule(limit: 50, window: 3600),
        registrationsPerAddress: Rule = Rule(limit: 20, window: 3600)
    ) {
        self.perRecipient = perRecipient
        self.perAddress = perAddress
        self.registrationsPerAddress = registrationsPerAddress
    }
}

/// One count to take: a key, and the rule it is counted under.
public struct LimitedKey: Sendable, Equatable {
    public let key: String
    public let rule: MessageLimits.Rule

    public init(_ key: String, _ rule: MessageLimits.Rule) {
        self.key = key
        self.rule = rule
    }

    /// The start of the fixed window `at` falls in, in milliseconds.
    public func windowStart(at: Date) -> Int64 {
        let size = Int64(max(1, rule.window) * 1000)
        let now = Int64((at.timeIntervalSince1970 * 1000).rounded(.down))
        return now - now % size
    }
}

/// Counters held in the database: each call adds one to every key's count in its current window, atomically, and
/// returns the new counts in order.
public protocol LimitCounter: Sendable {
    func increment(_ keys: [LimitedKey], at: Date) async throws -> [Int]
}
