import Foundation

/// A partner's `Idempotency-Key`: the same key from the same client, for the same request, gets the first answer
/// again instead of doing the work twice (a retry after a dropped connection must not make a second submission).
public enum IdempotencyPolicy {
    /// How long a key and its answer are kept; after that the same key starts a new request.
    public static let lifetime: TimeInterval = 24 * 3600
    /// How long a key stays "in progress" before another request may take it over: a request that held it this long
    /// has died (a server killed mid-request), and the change it was making never committed with its answer.
    public static let lease: TimeInterval = 60
    /// The longest key accepted, in characters (printable ASCII, no spaces).
    public static let maxLength = 255

    /// Whether `key` is one the API accepts: 1 to 255 visible ASCII characters.
    public static func isValid(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.count <= maxLength && key.utf8.allSatisfy { (0x21...0x7E).contains($0) }
    }
}

/// One client's key for one request: `fingerprint` identifies the request (method, path, body), so the same key sent
/// with another body is told apart from a retry.
public struct IdempotentRequest: Sendable, Equatable {
    public var clientID: Int64
    public var key: String
    public var fingerprint: String

    public init(clientID: Int64, key: String, fingerprint: String) {
        self.clientID = clientID
        self.key = key
        self.fingerprint = fingerprint
    }
}

/// The answer kept for a key: what a retry gets back byte for byte.
public struct StoredAPIResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: String

    public init(status: Int, contentType: String, body: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

/// What claiming a key found.
public enum IdempotencyClaim: Sendable, Equatable {
    /// The key is this request's now; `token` proves it when the answer is stored.
    case claimed(token: String)
    /// Another request holds the key and has not finished.
    case inProgress
    /// The key was used for a different request.
    case mismatch
    /// The key's request finished: here is its answer.
    case completed(StoredAPIResponse)
}

/// A claimed key and the answer to store under it, written in the transaction of the change it answers.
public struct IdempotencyCompletion: Sendable {
    public var request: IdempotentRequest
    public var token: String
    public var response: StoredAPIResponse

    public init(request: IdempotentRequest, token: String, response: StoredAPIResponse) {
        self.request = request
        self.token = token
        self.response = response
    }
}

/// The key was taken over by another request before this one's change could commit (it ran longer than the lease),
/// so the change was rolled back rather than made twice.
public struct IdempotencyKeyLost: Error, Sendable {
    public init() {}
}

/// Keys in the database, so every server sees every claim.
public protocol IdempotencyKeyRepository: Sendable {
    /// Claims the key atomically, or says who has it and what it answered.
    func claim(_ request: IdempotentRequest, at: Date) async throws -> IdempotencyClaim
    /// Stores the answer for a change that could not carry it in its own transaction.
    func complete(_ completion: IdempotencyCompletion) async throws
    /// Gives up an unfinished claim (the request failed and changed nothing), so the key can be used again.
    func release(_ request: IdempotentRequest, token: String) async throws
}
