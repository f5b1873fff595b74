import Crypto
import Foundation
import HummingbirdBcrypt
import Domain
import NIOPosix

/// bcrypt, run on NIO's blocking thread pool: at cost 12 one hash takes a quarter of a second, which would stall
/// every other request on an event loop.
struct PasswordHasher: Sendable {
    let cost: UInt8
    /// Checked when there is no account, so that a wrong email takes as long to refuse as a wrong password.
    private let decoy: String

    init(cost: UInt8) {
        self.cost = cost
        decoy = Bcrypt.hash(Token.random(), cost: cost)
    }

    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(Self.input(password), cost: cost) }
    }

    /// Whether `password` matches `hash`; with no hash, spends the same time and answers false.
    func verify(_ password: String, hash: String?) async throws -> Bool {
        let target = hash ?? decoy
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(Self.input(password), hash: target) }
        return hash != nil && matches
    }

    /// bcrypt reads only the first 72 bytes; longer passphrases are digested first so every character counts.
    static func input(_ password: String) -> String {
        guard password.utf8.count > 72 else { return password }
        return Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}
