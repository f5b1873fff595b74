import Domain
import Foundation
import Jobs

/// The `password-reset` job: if the address has an account, makes a one-time link and emails it. Done here rather
/// than in the request, so a forgotten-password request costs the same whether or not the account exists.
struct PasswordResetRequestHandler: JobHandler {
    let citizens: any CitizenAccountRepository
    let links: any OneTimeLinkRepository
    let emails: any EmailOutbox
    let audit: any AuditLog
    let publicURL: String
    let now: @Sendable () -> Date

    func run(_ job: ClaimedJob) async throws(JobFailure) -> String {
        guard let email = job.payload["email"]?.stringValue else { throw .permanent("no email address in the job") }
        do {
            guard let account = try await citizens.account(email: email) else { return "no account" }
            let token = Token.random()
            try await links.create(OneTimeLink(
                tokenHash: TokenHash.of(token), purpose: .resetPassword, subjectID: account.id, payload: "",
                expiresAt: now().addingTimeInterval(AccountSignInController.resetLifetime)
            ))
            try await emails.enqueue(OutgoingEmail(
                to: email, subject: "Reset your password",
                body: "Use this link to choose a new password:\n\n\(publicURL)/account/reset-password/\(token)\n\nIt works once and expires in 1 hour. If you did not ask for this, ignore this email: your password has not changed.",
                template: "reset-password"
            ))
            try await audit.record(AuditEntry(
                at: now(), actor: .anonymous, action: .citizenPasswordResetRequested, subject: "citizen:\(account.id)",
                detail: "", ipAddress: job.payload["ip"]?.stringValue
            ))
            return "link sent"
        } catch {
            throw .temporary(String(describing: error))
        }
    }
}
