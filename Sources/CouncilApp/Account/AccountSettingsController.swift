import Domain
import Foundation
import Hummingbird
import Views

/// Changing the email address or password, and deleting the account. Each asks for the current password, so a
/// browser left signed in cannot be used to take the account over.
struct AccountSettingsController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        // Opened from the email, possibly in another browser: the link itself is the proof.
        router.get("account/change-email/{token}", use: confirmNewEmail)
        let account = router.signedInCitizen("account")
        account.get("change-email", use: changeEmailPage)
        account.post("change-email", use: changeEmail)
        account.get("change-password", use: changePasswordPage)
        account.post("change-password", use: changePassword)
        account.get("delete", use: deletePage)
        account.post("delete", use: delete)
    }

    /// The error for a wrong current password, or nil when it is right (or the account has none to give).
    private func checkCurrentPassword(_ form: FormBody, _ context: CitizenRequestContext) async throws -> FieldError? {
        guard let hash = context.citizen.passwordHash else { return nil }
        let typed = form.value("current-password")
        if typed.isEmpty { return AccountMessages.required("current-password", .accountEnterCurrentPassword, context.language) }
        if try await identity.passwords.verify(typed, hash: hash) { return nil }
        try await identity.record(context.site, .citizenPasswordCheckFailed, subject: "citizen:\(context.citizen.id)")
        return FieldError(questionID: "current-password", message: Phrase.accountCurrentPasswordWrong(context.language))
    }

    // MARK: Email

    @Sendable func changeEmailPage(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return changeEmailForm(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func changeEmailForm(_ context: CitizenRequestContext, csrf: String, email: String = "", errors: [FieldError] = []) -> ChangeEmailPage {
        ChangeEmailPage(
            layout: context.layout(title: Phrase.accountChangeEmailLink(context.language), path: "/account/change-email", errors: errors, back: "/account"),
            csrfToken: csrf, currentEmail: context.citizen.email, email: email, asksCurrentPassword: context.citizen.passwordHash != nil,
            errors: errors
        )
    }

    @Sendable func changeEmail(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let citizen = context.citizen
        let (form, session) = try await pages.postedForm(request, context.site)
        let email = EmailAddress.normalised(form.value("email"))
        var errors: [FieldError] = []
        if let problem = AccountMessages.emailProblem(email, context.language) { errors.append(problem) }
        if email == citizen.email { errors.append(FieldError(questionID: "email", message: Phrase.accountSameEmail(context.language))) }
        if let problem = try await checkCurrentPassword(form, context) { errors.append(problem) }
        guard errors.isEmpty else {
            return changeEmailForm(context, csrf: session.csrfToken, email: form.value("email"), errors: errors).response(status: .unprocessableContent)
        }
        guard try await identity.messageLimiter.allows(recipient: email, context.site) else {
            return changeEmailForm(context, csrf: session.csrfToken, email: form.value("email"), errors: [context.site.tooManyMessages()])
                .response(status: .tooManyRequests)
        }

        let link = try await identity.newLink(.changeEmail, subjectID: citizen.id, payload: email, lifetime: 24 * 3600, path: "/account/change-email")
        try await identity.emails.enqueue(OutgoingEmail(
            to: email, subject: "Confirm your new email address",
            body: "Open this link to use this address for your council account:\n\n\(link)\n\nIt works once and expires in 24 hours.",
            template: "change-email"
        ))
        try await identity.emails.enqueue(OutgoingEmail(
            to: citizen.email, subject: "Someone asked to change your account's email address",
            body: "We were asked to change your account's email address. If this was not you, sign in and change your password.",
            template: "change-email-notice"
        ))
        try await identity.record(context.site, .citizenEmailChangeRequested, subject: "citizen:\(citizen.id)")
        return .seeOther("/account/check-email?for=change")
    }

    @Sendable func confirmNewEmail(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let link = try await identity.consume(token, .changeEmail), let id = link.subjectID else {
            return context.expiredLink(path: "/account/change-email", next: .yourAccount)
        }
        let changed: Bool
        do {
            try await identity.citizens.setEmail(id: id, email: link.payload)
            try await identity.record(context, .citizenEmailChanged, subject: "citizen:\(id)", actor: .citizen(id))
            changed = true
        } catch AccountError.emailTaken {
            changed = false
        }
        return EmailChangedPage(
            layout: context.accountLayout(title: EmailChangedPage.title(changed: changed)(context.language), path: "/account/change-email"),
            changed: changed
        ).response()
    }

    // MARK: Password

    @Sendable func changePasswordPage(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return changePasswordForm(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func changePasswordForm(_ context: CitizenRequestContext, csrf: String, errors: [FieldError] = []) -> ChangePasswordPage {
        let hasPassword = context.citizen.passwordHash != nil
        return ChangePasswordPage(
            layout: context.layout(title: ChangePasswordPage.title(hasPassword: hasPassword)(context.language), path: "/account/change-password",
                                   errors: errors, back: "/account"),
            csrfToken: csrf, hasPassword: hasPassword, errors: errors
        )
    }

    @Sendable func changePassword(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let citizen = context.citizen
        let (form, session) = try await pages.postedForm(request, context.site)
        var errors: [FieldError] = []
        if let problem = try await checkCurrentPassword(form, context) { errors.append(problem) }
        if let problem = identity.policy.problem(with: form.value("password"), email: citizen.email) {
            errors.append(AccountMessages.passwordError(problem, context.language))
        }
        guard errors.isEmpty else {
            return changePasswordForm(context, csrf: session.csrfToken, errors: errors).response(status: .unprocessableContent)
        }
        try await identity.citizens.setPassword(id: citizen.id, hash: try await identity.passwords.hash(form.value("password")))
        // Every other browser signed in with the old password is signed out; this one gets a fresh session.
        try await identity.sessions.deleteAll(kind: .citizen, subjectID: citizen.id)
        let cookie = try await identity.startSession(.citizen, subjectID: citizen.id, secondFactorDone: true)
        try await identity.record(context.site, .citizenPasswordChanged, subject: "citizen:\(citizen.id)")
        return PasswordChangedPage(
            layout: context.layout(title: Phrase.accountPasswordChanged(context.language), path: "/account/change-password")
        ).response(cookies: [cookie])
    }

    // MARK: Delete

    @Sendable func deletePage(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return deleteForm(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func deleteForm(_ context: CitizenRequestContext, csrf: String, errors: [FieldError] = []) -> DeleteAccountPage {
        DeleteAccountPage(
            layout: context.layout(title: Phrase.accountDeleteLink(context.language), path: "/account/delete", errors: errors, back: "/account"),
            csrfToken: csrf, asksCurrentPassword: context.citizen.passwordHash != nil, errors: errors
        )
    }

    @Sendable func delete(_ request: Request, context: CitizenRequestContext) async throws -> Response {
        let citizen = context.citizen
        let (form, session) = try await pages.postedForm(request, context.site)
        if let problem = try await checkCurrentPassword(form, context) {
            return deleteForm(context, csrf: session.csrfToken, errors: [problem]).response(status: .unprocessableContent)
        }
        try await identity.citizens.delete(id: citizen.id)
        try await identity.record(context.site, .citizenAccountDeleted, subject: "citizen:\(citizen.id)")
        let cookie = try await identity.endSession(.citizen, request)
        var signedOut = context.site
        signedOut.citizen = nil
        return AccountDeletedPage(
            layout: signedOut.accountLayout(title: Phrase.accountDeleted(context.language), path: "/account/delete")
        ).response(cookies: [cookie])
    }
}
