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
        return registerForm(context, csrf: session.csrfToken, email: "", errors: []).setting(cookie)
    }

    private func registerForm(_ context: AppRequestContext, csrf: String, email: String, errors: [FieldError]) -> Response {
        let title = context.text("Create an account", "Cruthaich cunntas")
        return pages.page(context, path: "/account/register", title: title, errors: errors, back: "/account/sign-in",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title)
            page.paragraph(context.text(
                "With an account you can see every request you have made and its progress, and save a form to finish later.",
                "Le cunntas chì thu gach iarrtas a rinn thu agus mar a tha e a’ dol, agus is urrainn dhut foirm a shàbhaladh airson a chrìochnachadh às dèidh làimh."
            ))
            page.formStart(action: "/account/register", csrf: csrf)
            page.input("email", label: context.text("Email address", "Seòladh puist-d"), type: "email", value: email,
                       hint: context.text("We will send you a link to confirm it.", "Cuiridh sinn ceangal thugad airson a dhearbhadh."),
                       autocomplete: "email", errors: errors)
            page.input("password", label: context.text("Create a password", "Cruthaich facal-faire"), type: "password",
                       hint: context.text("At least 10 characters. A good way to make a strong password is to use three random words.",
                                          "Co-dhiù 10 caractaran. ’S e dòigh mhath air facal-faire làidir a dhèanamh trì faclan air thuaiream a chleachdadh."),
                       autocomplete: "new-password", errors: errors)
            page.button(context.text("Create account", "Cruthaich cunntas"))
            page.formEnd()
            page.link(context.text("I already have an account: sign in", "Tha cunntas agam mu thràth: clàraich a-steach"), href: "/account/sign-in")
        }
    }

    @Sendable func register(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        let password = form.value("password")
        var errors: [FieldError] = []
        if let problem = context.emailProblem(email) { errors.append(problem) }
        if let problem = identity.policy.problem(with: password, email: email) { errors.append(context.passwordError(problem)) }
        guard errors.isEmpty else { return registerForm(context, csrf: session.csrfToken, email: form.value("email"), errors: errors) }
        guard try await identity.messageLimiter.allows(recipient: email, context, registration: true) else {
            return registerForm(context, csrf: session.csrfToken, email: form.value("email"), errors: [context.tooManyMessages()]).limited()
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
            to: account.email, subject: context.text("Confirm your email address", "Dearbhaich an seòladh puist-d agad"),
            body: "Confirm your email address to finish creating your account:\n\n\(link)\n\nThe link works once and expires in 24 hours.",
            template: "confirm-email"
        ))
    }

    @Sendable func checkEmail(_ request: Request, context: AppRequestContext) async throws -> Response {
        let title = context.text("Check your email", "Thoir sùil air a’ phost-d agad")
        let purpose = request.uri.queryParameters.get("for") ?? "register"
        return pages.page(context, path: "/account/check-email", title: title) { page in
            page.heading(title)
            switch purpose {
            case "reset":
                page.paragraph(context.text("If there is an account for that email address, we have sent it a link to reset the password. The link works once and expires in 1 hour."))
            case "change":
                page.paragraph(context.text("We have sent a link to your new email address. Your email address changes when you open it. The link expires in 24 hours."))
            case "resume":
                page.paragraph(context.text("We have sent you a link to come back to your form. It works once and expires in 7 days."))
            default:
                page.paragraph(context.text(
                    "We have sent you an email with a link to confirm your address. Open it to finish creating your account. The link expires in 24 hours.",
                    "Chuir sinn post-d thugad le ceangal airson an seòladh agad a dhearbhadh. Fosgail e airson crìoch a chur air a’ chunntas agad. Falbhaidh an ceangal an ceann 24 uairean a thìde."
                ))
            }
            page.paragraph(context.text("If it has not arrived in a few minutes, check your spam folder."))
        }
    }

    @Sendable func confirm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let link = try await identity.consume(token, .confirmEmail), let id = link.subjectID,
              let account = try await identity.citizens.account(id: id), account.email == link.payload else {
            return expiredLink(context, path: "/account/confirm", again: ("Sign in to get a new link", "/account/sign-in"))
        }
        try await identity.citizens.confirmEmail(id: id)
        try await identity.record(context, .citizenEmailConfirmed, subject: "citizen:\(id)", actor: .citizen(id))
        let cookie = try await identity.startSession(.citizen, subjectID: id, secondFactorDone: true)
        let browser = try await pages.rotatedSession(request, context, adoptBy: id)
        return Response.seeOther("/account?confirmed=1").setting(cookie, browser)
    }

    func expiredLink(_ context: AppRequestContext, path: String, again: (String, String)) -> Response {
        let title = context.text("This link has expired or has already been used", "Dh’fhalbh an ceangal seo no chaidh a chleachdadh mu thràth")
        return pages.page(context, path: path, title: title, status: .notFound) { page in
            page.heading(title)
            page.paragraph(context.text("Links we email work once, for a limited time."))
            page.link(again.0, href: again.1)
        }
    }

    // MARK: Sign in and out

    @Sendable func signInPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let returnTo = ReturnPath.safe(request.uri.queryParameters.get("return"), default: "/account")
        if context.citizen != nil { return .found(returnTo) }
        let (session, cookie) = try await pages.browserSession(request, context)
        return signInForm(context, csrf: session.csrfToken, email: "", returnTo: returnTo, errors: [],
                          notice: request.uri.queryParameters.get("reset") == "1"
                              ? context.text("Your password has been changed. Sign in with your new password.") : nil).setting(cookie)
    }

    private func signInForm(_ context: AppRequestContext, csrf: String, email: String, returnTo: String, errors: [FieldError], notice: String? = nil) -> Response {
        let title = context.text("Sign in to your account", "Clàraich a-steach dhan chunntas agad")
        let status: HTTPResponse.Status = errors.contains { $0.code == "throttled" } ? .tooManyRequests : (errors.isEmpty ? .ok : .unprocessableContent)
        return pages.page(context, path: "/account/sign-in", title: title, errors: errors, status: status) { page in
            page.heading(title)
            if let notice { page.notice(notice) }
            page.formStart(action: "/account/sign-in", csrf: csrf)
            page.hidden("return", returnTo)
            page.input("email", label: context.text("Email address", "Seòladh puist-d"), type: "email", value: email, autocomplete: "email", errors: errors)
            page.input("password", label: context.text("Password", "Facal-faire"), type: "password", autocomplete: "current-password", errors: errors)
            page.button(context.text("Sign in", "Clàraich a-steach"))
            page.formEnd()
            page.link(context.text("I have forgotten my password", "Dhìochuimhnich mi am facal-faire agam"), href: "/account/forgot-password")
            let providers = services.providers?.configurations(for: .citizen) ?? []
            if !providers.isEmpty {
                page.subheading(context.text("Or sign in with", "No clàraich a-steach le"))
                for provider in providers {
                    page.formStart(action: "/account/sign-in/\(provider.id)", csrf: csrf)
                    page.hidden("return", returnTo)
                    page.button(context.text("Sign in with", "Clàraich a-steach le") + " " + provider.displayName.text(context.language), secondary: true)
                    page.formEnd()
                }
            }
            page.subheading(context.text("No account yet?", "Gun chunntas fhathast?"))
            page.link(context.text("Create an account", "Cruthaich cunntas"), href: "/account/register")
            page.paragraph(context.text("You do not need an account to use our services.", "Chan fheum thu cunntas airson na seirbheisean againn a chleachdadh."))
        }
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        let password = form.value("password")
        let returnTo = ReturnPath.safe(form.value("return"), default: "/account")
        func again(_ errors: [FieldError]) -> Response {
            signInForm(context, csrf: session.csrfToken, email: form.value("email"), returnTo: returnTo, errors: errors)
        }
        var errors: [FieldError] = []
        if let problem = context.emailProblem(email) { errors.append(problem) }
        if password.isEmpty { errors.append(FieldError(questionID: "password", message: context.text("Enter your password", "Cuir a-steach am facal-faire agad"), code: "required")) }
        guard errors.isEmpty else { return again(errors) }

        if let until = try await identity.lockedUntil(.citizen, email: email, address: context.remoteAddress) {
            try await identity.record(context, .citizenSignInThrottled, subject: "email:\(email)")
            return again([context.tooManyAttempts(until: SignInThrottlePolicy.minutes(until: until, now: identity.now()))])
        }
        let account = try await identity.citizens.account(email: email)
        guard try await identity.passwords.verify(password, hash: account?.passwordHash), let account else {
            try await identity.recordFailure(.citizen, email: email, address: context.remoteAddress)
            try await identity.record(context, .citizenSignInFailed, subject: account.map { "citizen:\($0.id)" } ?? "email:\(email)")
            return again([FieldError(questionID: "email", message: context.text(
                "Enter the email address and password of your account",
                "Cuir a-steach seòladh puist-d is facal-faire a’ chunntais agad"
            ))])
        }
        guard account.emailConfirmed else {
            guard try await identity.messageLimiter.allows(recipient: email, context) else { return again([context.tooManyMessages()]).limited() }
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
        let title = context.text("Sign out", "Clàraich a-mach")
        return pages.page(context, path: "/account/sign-out", title: title, back: "/account") { page in
            page.heading(title)
            page.formStart(action: "/account/sign-out", csrf: session.csrfToken)
            page.raw("<div class=\"button-group\">\n")
            page.button(context.text("Sign out", "Clàraich a-mach"))
            page.button(context.text("Sign out on every device", "Clàraich a-mach air gach uidheam"), secondary: true, name: "everywhere", value: "1")
            page.raw("</div>\n")
            page.formEnd()
        }.setting(cookie)
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
        let title = context.text("You have signed out", "Chlàraich thu a-mach")
        return pages.page(signedOut, path: "/account/sign-out", title: title, cookies: [cookie, browser]) { page in
            page.heading(title)
            page.link(context.text("Sign in again", "Clàraich a-steach a-rithist"), href: "/account/sign-in")
            page.link(context.text("Council services", "Seirbheisean na comhairle"), href: "/")
        }
    }

    // MARK: Forgotten password

    @Sendable func forgotPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, cookie) = try await pages.browserSession(request, context)
        return forgotForm(context, csrf: session.csrfToken, email: "", errors: []).setting(cookie)
    }

    private func forgotForm(_ context: AppRequestContext, csrf: String, email: String, errors: [FieldError]) -> Response {
        let title = context.text("Reset your password", "Ath-shuidhich am facal-faire agad")
        return pages.page(context, path: "/account/forgot-password", title: title, errors: errors, back: "/account/sign-in",
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title)
            page.paragraph(context.text("Enter the email address of your account and we will send you a link to choose a new password."))
            page.formStart(action: "/account/forgot-password", csrf: csrf)
            page.input("email", label: context.text("Email address", "Seòladh puist-d"), type: "email", value: email, autocomplete: "email", errors: errors)
            page.button(context.text("Send the link", "Cuir an ceangal"))
            page.formEnd()
        }
    }

    @Sendable func forgot(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        if let problem = context.emailProblem(email) {
            return forgotForm(context, csrf: session.csrfToken, email: form.value("email"), errors: [problem])
        }
        guard try await identity.messageLimiter.allows(recipient: email, context) else {
            return forgotForm(context, csrf: session.csrfToken, email: form.value("email"), errors: [context.tooManyMessages()]).limited()
        }
        // Whether the address has an account is decided by the job, off the request: this request does the same work,
        // and takes the same time, either way.
        try await identity.emails.enqueuePasswordReset(email: email, ipAddress: context.remoteAddress)
        return .seeOther("/account/check-email?for=reset")
    }

    @Sendable func resetPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard try await identity.peek(token, .resetPassword) != nil else {
            return expiredLink(context, path: "/account/reset-password", again: ("Ask for a new link", "/account/forgot-password"))
        }
        let (session, cookie) = try await pages.browserSession(request, context)
        return resetForm(context, csrf: session.csrfToken, token: token, errors: []).setting(cookie)
    }

    private func resetForm(_ context: AppRequestContext, csrf: String, token: String, errors: [FieldError]) -> Response {
        let title = context.text("Choose a new password", "Tagh facal-faire ùr")
        return pages.page(context, path: "/account/reset-password", title: title, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading(title)
            page.formStart(action: "/account/reset-password/\(token)", csrf: csrf)
            page.input("password", label: context.text("New password", "Facal-faire ùr"), type: "password",
                       hint: context.text("At least 10 characters. Three random words make a strong password."),
                       autocomplete: "new-password", errors: errors)
            page.button(context.text("Change password", "Atharraich am facal-faire"))
            page.formEnd()
        }
    }

    @Sendable func reset(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let (form, session) = try await pages.postedForm(request, context)
        guard let link = try await identity.peek(token, .resetPassword), let id = link.subjectID,
              let account = try await identity.citizens.account(id: id) else {
            return expiredLink(context, path: "/account/reset-password", again: ("Ask for a new link", "/account/forgot-password"))
        }
        let password = form.value("password")
        if let problem = identity.policy.problem(with: password, email: account.email) {
            return resetForm(context, csrf: session.csrfToken, token: token, errors: [context.passwordError(problem)])
        }
        let hash = try await identity.passwords.hash(password)
        guard try await identity.consume(token, .resetPassword) != nil else {
            return expiredLink(context, path: "/account/reset-password", again: ("Ask for a new link", "/account/forgot-password"))
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
