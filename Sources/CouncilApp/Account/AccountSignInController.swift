import Domain
import Foundation
import Hummingbird
import Views

/// MyAccount: register, confirm the email, sign in and out, and reset a forgotten password. Messages never say
/// whether an address has an account, so the pages cannot be used to find out who uses the council's services.
struct AccountSignInController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    static let confirmLifetime: TimeInterval = 24 * 3600
    static let resetLifetime: TimeInterval = 3600

    func addRoutes(to router: Router<AppRequestContext>) {
        let account = router.group("account")
        account.get("register", use: registerPage)
        account.post("register", use: register)
        account.get("check-email", use: checkEmail)
        account.get("confirm/{token}", use: confirm)
        account.get("sign-in", use: signInPage)
        account.post("sign-in", use: signIn)
        account.get("sign-out", use: signOutPage)
        account.post("sign-out", use: signOut)
        account.get("forgot-password", use: forgotPage)
        account.post("forgot-password", use: forgot)
        account.get("reset-password/{token}", use: resetPage)
        account.post("reset-password/{token}", use: reset)
    }

    // MARK: Register

    @Sendable func registerPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context)
        return registerForm(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func registerForm(_ context: AppRequestContext, csrf: String, email: String = "", errors: [FieldError] = []) -> RegisterPage {
        RegisterPage(
            layout: context.accountLayout(title: Phrase.accountCreateTitle(context.language), path: "/account/register", errors: errors,
                                          back: "/account/sign-in"),
            csrfToken: csrf, email: email, errors: errors
        )
    }

    @Sendable func register(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        let password = form.value("password")
        var errors: [FieldError] = []
        if let problem = context.emailProblem(email) { errors.append(problem) }
        if let problem = identity.policy.problem(with: password, email: email) { errors.append(context.passwordError(problem)) }
        guard errors.isEmpty else {
            return registerForm(context, csrf: session.csrfToken, email: form.value("email"), errors: errors).response(status: .unprocessableContent)
        }
        guard try await identity.messageLimiter.allows(recipient: email, context, registration: true) else {
            return registerForm(context, csrf: session.csrfToken, email: form.value("email"), errors: [context.tooManyMessages()])
                .response(status: .tooManyRequests)
        }

        let hash = try await identity.passwords.hash(password)
        do {
            let account = try await identity.citizens.create(email: email, passwordHash: hash, emailConfirmed: false)
            try await sendConfirmation(to: account, context)
            try await identity.record(context, .citizenRegistered, subject: "citizen:\(account.id)", actor: .citizen(account.id))
        } catch AccountError.emailTaken {
            // Same page as a new registration; the owner of the address hears about it, nobody else does.
            try await identity.emails.enqueue(OutgoingEmail(
                to: email, subject: "You already have an account",
                body: "Someone tried to create an account with this email address. You already have one.\n\n"
                    + "Sign in: \(identity.publicURL)/account/sign-in\nForgotten your password? \(identity.publicURL)/account/forgot-password\n\n"
                    + "If this was not you, you do not need to do anything.",
                template: "account-exists"
            ))
        }
        return .seeOther("/account/check-email?for=register")
    }

    private func sendConfirmation(to account: CitizenAccount, _ context: AppRequestContext) async throws {
        let link = try await identity.newLink(.confirmEmail, subjectID: account.id, payload: account.email,
                                              lifetime: Self.confirmLifetime, path: "/account/confirm")
        try await identity.emails.enqueue(OutgoingEmail(
            to: account.email, subject: Phrase.accountConfirmEmailSubject(context.language),
            body: "Confirm your email address to finish creating your account:\n\n\(link)\n\nThe link works once and expires in 24 hours.",
            template: "confirm-email"
        ))
    }

    @Sendable func checkEmail(_ request: Request, context: AppRequestContext) async throws -> Response {
        let purpose = request.uri.queryParameters.get("for").flatMap(CheckEmailPage.Purpose.init(rawValue:)) ?? .register
        return CheckEmailPage(
            layout: context.accountLayout(title: Phrase.accountCheckEmailTitle(context.language), path: "/account/check-email"),
            purpose: purpose
        ).response()
    }

    @Sendable func confirm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let link = try await identity.consume(token, .confirmEmail), let id = link.subjectID,
              let account = try await identity.citizens.account(id: id), account.email == link.payload else {
            return context.expiredLink(path: "/account/confirm", next: .signInForNewLink)
        }
        try await identity.citizens.confirmEmail(id: id)
        try await identity.record(context, .citizenEmailConfirmed, subject: "citizen:\(id)", actor: .citizen(id))
        let cookie = try await identity.startSession(.citizen, subjectID: id, secondFactorDone: true)
        let browser = try await pages.rotatedSession(request, context, adoptBy: id)
        return Response.seeOther("/account?confirmed=1").setting(cookie, browser)
    }

    // MARK: Sign in and out

    @Sendable func signInPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let returnTo = ReturnPath.safe(request.uri.queryParameters.get("return"), default: "/account")
        if context.citizen != nil { return .found(returnTo) }
        let (session, cookie) = try await pages.browserSession(request, context)
        var page = signInForm(context, csrf: session.csrfToken, returnTo: returnTo)
        page.passwordWasReset = request.uri.queryParameters.get("reset") == "1"
        return page.response(cookies: [cookie])
    }

    private func signInForm(_ context: AppRequestContext, csrf: String, email: String = "", returnTo: String, errors: [FieldError] = []) -> AccountSignInPage {
        AccountSignInPage(
            layout: context.accountLayout(title: Phrase.accountSignInTitle(context.language), path: "/account/sign-in", errors: errors),
            csrfToken: csrf, email: email, returnTo: returnTo, errors: errors,
            providers: (services.providers?.configurations(for: .citizen) ?? []).map {
                .init(id: $0.id, name: $0.displayName.text(context.language))
            }
        )
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        let password = form.value("password")
        let returnTo = ReturnPath.safe(form.value("return"), default: "/account")
        func again(_ errors: [FieldError], status: HTTPResponse.Status = .unprocessableContent) -> Response {
            signInForm(context, csrf: session.csrfToken, email: form.value("email"), returnTo: returnTo, errors: errors).response(status: status)
        }
        var errors: [FieldError] = []
        if let problem = context.emailProblem(email) { errors.append(problem) }
        if password.isEmpty { errors.append(AccountMessages.required("password", .accountEnterPassword, context.language)) }
        guard errors.isEmpty else { return again(errors) }

        if let until = try await identity.lockedUntil(.citizen, email: email, address: context.remoteAddress) {
            try await identity.record(context, .citizenSignInThrottled, subject: "email:\(email)")
            return again([context.tooManyAttempts(until: SignInThrottlePolicy.minutes(until: until, now: identity.now()))], status: .tooManyRequests)
        }
        let account = try await identity.citizens.account(email: email)
        guard try await identity.passwords.verify(password, hash: account?.passwordHash), let account else {
            try await identity.recordFailure(.citizen, email: email, address: context.remoteAddress)
            try await identity.record(context, .citizenSignInFailed, subject: account.map { "citizen:\($0.id)" } ?? "email:\(email)")
            return again([FieldError(questionID: "email", message: Phrase.accountWrongEmailOrPassword(context.language))])
        }
        guard account.emailConfirmed else {
            guard try await identity.messageLimiter.allows(recipient: email, context) else {
                return again([context.tooManyMessages()], status: .tooManyRequests)
            }
            try await sendConfirmation(to: account, context)
            return .seeOther("/account/check-email?for=register")
        }
        try await identity.clearFailures(.citizen, email: email, address: context.remoteAddress)
        let cookie = try await identity.startSession(.citizen, subjectID: account.id, secondFactorDone: true)
        // Forms started in this browser before signing in become the account's, to continue anywhere.
        let browser = try await pages.rotatedSession(request, context, adoptBy: account.id)
        try await identity.record(context, .citizenSignIn, subject: "citizen:\(account.id)", actor: .citizen(account.id))
        return Response.seeOther(returnTo).setting(cookie, browser)
    }

    @Sendable func signOutPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.citizen != nil else { return .found("/account/sign-in") }
        let (session, cookie) = try await pages.browserSession(request, context)
        return AccountSignOutPage(
            layout: context.accountLayout(title: Phrase.signOut(context.language), path: "/account/sign-out", back: "/account"),
            csrfToken: session.csrfToken
        ).response(cookies: [cookie])
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, _) = try await pages.postedForm(request, context)
        if let citizen = context.citizen {
            if form.value("everywhere") == "1" {
                try await identity.sessions.deleteAll(kind: .citizen, subjectID: citizen.id)
                try await identity.record(context, .citizenSignedOutEverywhere, subject: "citizen:\(citizen.id)")
            } else {
                try await identity.record(context, .citizenSignOut, subject: "citizen:\(citizen.id)")
            }
        }
        let cookie = try await identity.endSession(.citizen, request)
        let browser = try await pages.endedSession(request, context)
        var signedOut = context
        signedOut.citizen = nil
        return AccountSignedOutPage(
            layout: signedOut.accountLayout(title: Phrase.accountSignedOutTitle(context.language), path: "/account/sign-out")
        ).response(cookies: [cookie, browser])
    }

    // MARK: Forgotten password

    @Sendable func forgotPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context)
        return forgotForm(context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func forgotForm(_ context: AppRequestContext, csrf: String, email: String = "", errors: [FieldError] = []) -> ForgotPasswordPage {
        ForgotPasswordPage(
            layout: context.accountLayout(title: Phrase.accountResetTitle(context.language), path: "/account/forgot-password", errors: errors,
                                          back: "/account/sign-in"),
            csrfToken: csrf, email: email, errors: errors
        )
    }

    @Sendable func forgot(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        if let problem = context.emailProblem(email) {
            return forgotForm(context, csrf: session.csrfToken, email: form.value("email"), errors: [problem]).response(status: .unprocessableContent)
        }
        guard try await identity.messageLimiter.allows(recipient: email, context) else {
            return forgotForm(context, csrf: session.csrfToken, email: form.value("email"), errors: [context.tooManyMessages()])
                .response(status: .tooManyRequests)
        }
        // Whether the address has an account is decided by the job, off the request: this request does the same work,
        // and takes the same time, either way.
        try await identity.emails.enqueuePasswordReset(email: email, ipAddress: context.remoteAddress)
        return .seeOther("/account/check-email?for=reset")
    }

    @Sendable func resetPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard try await identity.peek(token, .resetPassword) != nil else {
            return context.expiredLink(path: "/account/reset-password", next: .askForNewResetLink)
        }
        let (session, cookie) = try await pages.browserSession(request, context)
        return resetForm(context, csrf: session.csrfToken, token: token).response(cookies: [cookie])
    }

    private func resetForm(_ context: AppRequestContext, csrf: String, token: String, errors: [FieldError] = []) -> ResetPasswordPage {
        ResetPasswordPage(
            layout: context.accountLayout(title: Phrase.accountChooseNewPassword(context.language), path: "/account/reset-password", errors: errors),
            csrfToken: csrf, token: token, errors: errors
        )
    }

    @Sendable func reset(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let (form, session) = try await pages.postedForm(request, context)
        guard let link = try await identity.peek(token, .resetPassword), let id = link.subjectID,
              let account = try await identity.citizens.account(id: id) else {
            return context.expiredLink(path: "/account/reset-password", next: .askForNewResetLink)
        }
        let password = form.value("password")
        if let problem = identity.policy.problem(with: password, email: account.email) {
            return resetForm(context, csrf: session.csrfToken, token: token, errors: [context.passwordError(problem)])
                .response(status: .unprocessableContent)
        }
        let hash = try await identity.passwords.hash(password)
        guard try await identity.consume(token, .resetPassword) != nil else {
            return context.expiredLink(path: "/account/reset-password", next: .askForNewResetLink)
        }
        try await identity.citizens.setPassword(id: id, hash: hash)
        // Whoever knew the old password is signed out; opening the emailed link also proves the address.
        try await identity.sessions.deleteAll(kind: .citizen, subjectID: id)
        try await identity.citizens.confirmEmail(id: id)
        try await identity.attempts.clear(key: SignInThrottlePolicy.accountKey(.citizen, account.email))
        try await identity.record(context, .citizenPasswordReset, subject: "citizen:\(id)", actor: .citizen(id))
        return .seeOther("/account/sign-in?reset=1")
    }
}

extension AppRequestContext {
    /// 404 with the page for an emailed link that has expired or been used, and the way on.
    func expiredLink(path: String, next: ExpiredLinkPage.Next) -> Response {
        ExpiredLinkPage(layout: accountLayout(title: Phrase.accountLinkExpiredTitle(language), path: path), next: next)
            .response(status: .notFound)
    }
}
