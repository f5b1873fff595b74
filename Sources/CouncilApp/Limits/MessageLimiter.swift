import Domain
import Foundation
import Hummingbird
import Views

/// Counts every message a public page is about to send against its recipient and the client's address, and
/// registrations against the address (`MessageLimits`, counted in the database). Checked before any account is
/// looked up, so a refusal says nothing about whether an address has an account.
struct MessageLimiter: Sendable {
    let limits: MessageLimits
    let counter: any LimitCounter
    let now: @Sendable () -> Date

    /// Whether one more message to `recipient` (and a registration, if `registration`) may go now.
    func allows(recipient: String?, _ context: AppRequestContext, registration: Bool = false) async throws -> Bool {
        var keys: [LimitedKey] = []
        if let recipient { keys.append(LimitedKey("recipient:" + TokenHash.of(recipient), limits.perRecipient)) }
        if let address = context.remoteAddress {
            keys.append(LimitedKey("address:" + address, limits.perAddress))
            if registration { keys.append(LimitedKey("register:" + address, limits.registrationsPerAddress)) }
        }
        guard !keys.isEmpty else { return true }
        let counts = try await counter.increment(keys, at: now())
        return zip(keys, counts).allSatisfy { $0.1 <= $0.0.rule.limit }
    }
}

extension AppRequestContext {
    /// The error-summary message when a page may not send another email now.
    func tooManyMessages(field: String = "email") -> FieldError {
        FieldError(questionID: field, message: Phrase.tooManyEmails(language), code: "limited")
    }
}

extension Response {
    /// The same page with 429 Too Many Requests.
    func limited() -> Response {
        var response = self
        response.status = .tooManyRequests
        return response
    }
}
