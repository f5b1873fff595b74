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
        let account = router.group("account").add(middleware: CitizenOnlyMiddleware())
        account.get("change-email", use: changeEmailPage)
        account.post("change-email", use: changeEmail)
        account.get("change-password", use: changePasswordPage)
        account.post("change-password", use: changePassword)
        account.get("delete", use: deletePage)
        account.post("delete", use: delete)
    }

    private func citizen(_ context: AppRequestContext) throws -> CitizenAccount {
        guard let citizen = context.citizen else { throw RedirectError(location: "/account/sign-in") }
        return citizen
    }

    private func currentPasswordField(_ page: inout PageParts, _ context: AppRequestContext, _ citizen: CitizenAccount, _ errors: [FieldError]) {
        guard citizen.passwordHash != nil else { return }
        page.input("current-password", label: context.text("Your current password", "Am facal-faire agad an-dràsta"), type: "password",
                   autocomplete: "current-password", errors: errors)
    }

    /// The error for a wrong current password, or nil when it is right (or the account has none to give).
    private func checkCurrentPassword(_ form: FormBody, _ citizen: CitizenAccount, _ context: AppRequestContext) async throws -> FieldError? {
        guard let hash = citizen.passwordHash else { return nil }
        let typed = form.value("current-password")
        if typed.isEmpty { return FieldError(questionID: "current-password", message: context.text("Enter your current password"), code: "required") }
        if try await identity.passwords.verify(typed, hash: hash) { return nil }
        try await identity.record(context, .citizenPasswordCheckFailed, subject: "citizen:\(citizen.id)")
        return FieldError(questionID: "current-password", message: context.text("Your current password is not right"))
    }

    // MARK: Email

    @Sendable func changeEmailPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context)
        return changeEmailForm(context, try citizen(context), csrf: session.csrfToken, email: "", errors: []).setting(cookie)
    }

    private func changeEmailForm(_ context: AppRequestContext, _ citizen: CitizenAccount, csrf: String, email: String, errors: [FieldError]) -> Response {
        let title = context.text("Change your email address", "Atharraich an seòladh puist-d agad")
        return pages.page(context, path: "/account/change-email", title: title, errors: errors, back: "/account",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title)
            page.paragraph(context.text("Your email address is now \(citizen.email). We will send a link to the new address; it changes when you open the link."))
            page.formStart(action: "/account/change-email", csrf: csrf)
            page.input("email", label: context.text("New email address", "Seòladh puist-d ùr"), type: "email", value: email, autocomplete: "email", errors: errors)
            currentPasswordField(&page, context, citizen, errors)
            page.button(context.text("Send the link", "Cuir an ceangal"))
            page.formEnd()
        }
    }

    @Sendable func changeEmail(_ request: Request, context: AppRequestContext) async throws -> Response {
        let citizen = try citizen(context)
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        var errors: [FieldError] = []
        if let problem = context.emailProblem(email) { errors.append(problem) }
        if email == citizen.email { errors.append(FieldError(questionID: "email", message: context.text("Enter an email address different from your current one"))) }
        if let problem = try await checkCurrentPassword(form, citizen, context) { errors.append(problem) }
        guard errors.isEmpty else { return changeEmailForm(context, citizen, csrf: session.csrfToken, email: form.value("email"), errors: errors) }
        guard try await identity.messageLimiter.allows(recipient: email, context) else {
            return changeEmailForm(context, citizen, csrf: session.csrfToken, email: form.value("email"), errors: [context.tooManyMessages()]).limited()
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
        try await identity.record(context, .citizenEmailChangeRequested, subject: "citizen:\(citizen.id)")
        return .seeOther("/account/check-email?for=change")
    }

    @Sendable func confirmNewEmail(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let link = try await identity.consume(token, .changeEmail), let id = link.subjectID else {
            return AccountSignInController(services: services).expiredLink(context, path: "/account/change-email", again: ("Your account", "/account"))
        }
        let title: String
        do {
            try await identity.citizens.setEmail(id: id, email: link.payload)
            try await identity.record(context, .citizenEmailChanged, subject: "citizen:\(id)", actor: .citizen(id))
            title = context.text("Your email address has changed", "Dh’atharraich an seòladh puist-d agad")
        } catch AccountError.emailTaken {
            title = context.text("That email address now belongs to another account")
        }
        return pages.page(context, path: "/account/change-email", title: title) { page in
            page.heading(title)
            page.link(context.text("Go to your account", "Rach dhan chunntas agad"), href: "/account")
        }
    }

    // MARK: Password

    @Sendable func changePasswordPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context)
        return changePasswordForm(context, try citizen(context), csrf: session.csrfToken, errors: []).setting(cookie)
    }

    private func changePasswordForm(_ context: AppRequestContext, _ citizen: CitizenAccount, csrf: String, errors: [FieldError]) -> Response {
        let title = citizen.passwordHash == nil ? context.text("Set a password", "Suidhich facal-faire") : context.text("Change your password", "Atharraich am facal-faire agad")
        return pages.page(context, path: "/account/change-password", title: title, errors: errors, back: "/account",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title)
            page.formStart(action: "/account/change-password", csrf: csrf)
            currentPasswordField(&page, context, citizen, errors)
            page.input("password", label: context.text("New password", "Facal-faire ùr"), type: "password",
                       hint: context.text("At least 10 characters. Three random words make a strong password."),
                       autocomplete: "new-password", errors: errors)
            page.button(context.text("Change password", "Atharraich am facal-faire"))
            page.formEnd()
        }
    }

    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let citizen = try citizen(context)
        let (form, session) = try await pages.postedForm(request, context)
        var errors: [FieldError] = []
        if let problem = try await checkCurrentPassword(form, citizen, context) { errors.append(problem) }
        if let problem = identity.policy.problem(with: form.value("password"), email: citizen.email) { errors.append(context.passwordError(problem)) }
        guard errors.isEmpty else { return changePasswordForm(context, citizen, csrf: session.csrfToken, errors: errors) }
        try await identity.citizens.setPassword(id: citizen.id, hash: try await identity.passwords.hash(form.value("password")))
        // Every other browser signed in with the old password is signed out; this one gets a fresh session.
        try await identity.sessions.deleteAll(kind: .citizen, subjectID: citizen.id)
        let cookie = try await identity.startSession(.citizen, subjectID: citizen.id, secondFactorDone: true)
        try await identity.record(context, .citizenPasswordChanged, subject: "citizen:\(citizen.id)")
        let title = context.text("Your password has been changed", "Chaidh am facal-faire agad atharrachadh")
        return pages.page(context, path: "/account/change-password", title: title, cookies: [cookie]) { page in
            page.heading(title)
            page.paragraph(context.text("You have been signed out on your other devices."))
            page.link(context.text("Go to your account", "Rach dhan chunntas agad"), href: "/account")
        }
    }

    // MARK: Delete

    @Sendable func deletePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context)
        return deleteForm(context, try citizen(context), csrf: session.csrfToken, errors: []).setting(cookie)
    }

    private func deleteForm(_ context: AppRequestContext, _ citizen: CitizenAccount, csrf: String, errors: [FieldError]) -> Response {
        let title = context.text("Delete your account", "Sguab às an cunntas agad")
        return pages.page(context, path: "/account/delete", title: title, errors: errors, back: "/account",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title)
            page.paragraph(context.text("Your sign-in details and saved forms will be deleted. The requests you sent stay with the council, which keeps them as its records schedule says; you can still ask about them by reference."))
            page.formStart(action: "/account/delete", csrf: csrf)
            currentPasswordField(&page, context, citizen, errors)
            page.button(context.text("Delete account", "Sguab às an cunntas"), warning: true)
            page.formEnd()
        }
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let citizen = try citizen(context)
        let (form, session) = try await pages.postedForm(request, context)
        if let problem = try await checkCurrentPassword(form, citizen, context) {
            return deleteForm(context, citizen, csrf: session.csrfToken, errors: [problem])
        }
        try await identity.citizens.delete(id: citizen.id)
        try await identity.record(context, .citizenAccountDeleted, subject: "citizen:\(citizen.id)")
        let cookie = try await identity.endSession(.citizen, request)
        var signedOut = context
        signedOut.citizen = nil
        let title = context.text("Your account has been deleted", "Chaidh an cunntas agad a sguabadh às")
        return pages.page(signedOut, path: "/account/delete", title: title, cookies: [cookie]) { page in
            page.heading(title)
            page.link(context.text("Council services", "Seirbheisean na comhairle"), href: "/")
        }
    }
}
