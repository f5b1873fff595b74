import Crypto
import Foundation
import HummingbirdBcrypt
import Domain
import Hummingbird
import NIOCore
import NIOPosix

/// bcrypt, run on NIO's blocking thread pool: at cost 12 one hash takes a quarter of a second, which would stall
/// every other request on an event loop. Two bounded lanes keep a flood from taking every core: checking a password
/// (sign-in) may use every core, making new hashes (registration, resets, changes) only half of them, and each lane
/// turns work away with a 503 "try again" once its short queue is full.
struct PasswordHasher: Sendable {
    let cost: UInt8
    let checking: ConcurrencyLimiter
    let creating: ConcurrencyLimiter
    /// Checked when there is no account, so that a wrong email takes as long to refuse as a wrong password.
    private let decoy: String

    init(cost: UInt8, cores: Int = System.coreCount) {
        self.cost = cost
        checking = ConcurrencyLimiter(capacity: cores, queueLimit: 64)
        creating = ConcurrencyLimiter(capacity: cores / 2, queueLimit: 16)
        decoy = Bcrypt.hash(Token.random(), cost: cost)
    }

    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await Self.bounded(creating) {
            try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(Self.input(password), cost: cost) }
        }
    }

    /// Whether `password` matches `hash`; with no hash, spends the same time and answers false.
    func verify(_ password: String, hash: String?) async throws -> Bool {
        let target = hash ?? decoy
        let matches = try await Self.bounded(checking) {
            try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(Self.input(password), hash: target) }
        }
        return hash != nil && matches
    }

    private static func bounded<T: Sendable>(_ lane: ConcurrencyLimiter, _ work: @Sendable () async throws -> T) async throws -> T {
        do {
            return try await lane.run(work)
        } catch is ConcurrencyLimiter.Full {
            throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "5"], message: "busy")
        }
    }

    /// bcrypt reads only the first 72 bytes; longer passphrases are digested first so every character counts.
    static func input(_ password: String) -> String {
        guard password.utf8.count > 72 else { return password }
        return Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}
