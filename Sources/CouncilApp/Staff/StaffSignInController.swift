import Crypto
import Domain
import Foundation
import Hummingbird
import Views

/// Staff sign-in: password, then a TOTP code (enrolled on first sign-in, with recovery codes), then the staff home.
struct StaffSignInController {
    let services: AppServices
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.signedInStaff("staff").get(use: home)
        let staff = router.group("staff")
        staff.get("sign-in", use: signInPage)
        staff.post("sign-in", use: signIn)
        staff.get("mfa", use: codePage)
        staff.post("mfa", use: checkCode)
        staff.get("mfa/set-up", use: setUpPage)
        staff.post("mfa/set-up", use: setUp)
        staff.get("sign-out", use: signOutPage)
        staff.post("sign-out", use: signOut)
        staff.get("set-up/{token}", use: choosePasswordPage)
        staff.post("set-up/{token}", use: choosePassword)
    }

    static func hashCode(_ code: String) -> String { JourneyController.hash("recovery:" + RecoveryCodes.normalised(code)) }

    // MARK: Home

    @Sendable func home(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let providers = services.providers?.configurations(for: .staff) ?? []
        let (session, cookie) = providers.isEmpty ? (nil, nil) : try await pages.browserSession(request, context.site)
        let page = StaffHomePage(
            layout: context.layout(title: Phrase.staffHome(context.language), path: "/staff"),
            email: context.staff.email, access: context.staff.access, roles: context.staff.grants,
            accountLinked: request.uri.queryParameters.get("linked") == "1",
            identityProviders: providers.map { .init(id: $0.id, name: $0.displayName.text(context.language)) },
            csrfToken: session?.csrfToken
        )
        return page.response(cookies: [cookie])
    }

    // MARK: Password

    @Sendable func signInPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let returnTo = ReturnPath.safe(request.uri.queryParameters.get("return"), default: "/staff")
        if context.staff != nil { return .found(returnTo) }
        let (session, cookie) = try await pages.browserSession(request, context)
        return signInForm(context, csrf: session.csrfToken, email: "", returnTo: returnTo, errors: []).setting(cookie)
    }

    private func signInForm(_ context: AppRequestContext, csrf: String, email: String, returnTo: String, errors: [FieldError]) -> Response {
        let status: HTTPResponse.Status = errors.contains { $0.code == "throttled" } ? .tooManyRequests : (errors.isEmpty ? .ok : .unprocessableContent)
        return pages.page(context, path: "/staff/sign-in", title: "Staff sign in", errors: errors, status: status) { page in
            page.heading("Staff sign in")
            page.formStart(action: "/staff/sign-in", csrf: csrf)
            page.hidden("return", returnTo)
            page.input("email", label: "Work email address", type: "email", value: email, autocomplete: "username", errors: errors)
            page.input("password", label: "Password", type: "password", autocomplete: "current-password", errors: errors)
            page.button("Continue")
            page.formEnd()
            page.paragraph("Forgotten your password or lost your authenticator? Ask an administrator for a new set-up link.")
            for provider in services.providers?.configurations(for: .staff) ?? [] {
                page.formStart(action: "/staff/sign-in/\(provider.id)", csrf: csrf)
                page.hidden("return", returnTo)
                page.button("Sign in with \(provider.displayName.text(.en))", secondary: true)
                page.formEnd()
            }
        }
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, session) = try await pages.postedForm(request, context)
        let email = EmailAddress.normalised(form.value("email"))
        let returnTo = ReturnPath.safe(form.value("return"), default: "/staff")
        func again(_ errors: [FieldError]) -> Response {
            signInForm(context, csrf: session.csrfToken, email: form.value("email"), returnTo: returnTo, errors: errors)
        }
        var errors: [FieldError] = []
        if let problem = context.emailProblem(email) { errors.append(problem) }
        if form.value("password").isEmpty { errors.append(FieldError(questionID: "password", message: "Enter your password", code: "required")) }
        guard errors.isEmpty else { return again(errors) }
        if let until = try await identity.lockedUntil(.staff, email: email, address: context.remoteAddress) {
            try await identity.record(context, .staffSignInThrottled, subject: "email:\(email)")
            return again([context.tooManyAttempts(until: SignInThrottlePolicy.minutes(until: until, now: identity.now()))])
        }
        let member = try await identity.staff.member(email: email)
        let usable = member.map { !$0.disabled } ?? false
        guard try await identity.passwords.verify(form.value("password"), hash: member?.passwordHash), let member, usable else {
            try await identity.recordFailure(.staff, email: email, address: context.remoteAddress)
            try await identity.record(context, .staffSignInFailed, subject: member.map { "staff:\($0.id)" } ?? "email:\(email)")
            return again([FieldError(questionID: "email", message: "Enter the email address and password of your staff account")])
        }
        let cookie = try await identity.startSession(.staff, subjectID: member.id, secondFactorDone: false)
        let browser = try await pages.rotatedSession(request, context, adoptBy: nil)
        try await identity.record(context, .staffPasswordAccepted, subject: "staff:\(member.id)", actor: .staff(member.id))
        let next = member.totpSecret == nil ? "/staff/mfa/set-up" : "/staff/mfa"
        return Response.seeOther("\(next)?return=\(ReturnPath.encode(returnTo))").setting(cookie, browser)
    }

    // MARK: Second factor

    private func pending(_ context: AppRequestContext) throws -> (session: AuthSession, member: StaffMember) {
        guard let pending = context.staffPending else { throw RedirectError(location: "/staff/sign-in") }
        return pending
    }

    @Sendable func codePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, member) = try pending(context)
        guard member.totpSecret != nil else { return .found("/staff/mfa/set-up") }
        let (session, cookie) = try await pages.browserSession(request, context)
        let returnTo = ReturnPath.safe(request.uri.queryParameters.get("return"), default: "/staff")
        return codeForm(context, csrf: session.csrfToken, returnTo: returnTo, errors: []).setting(cookie)
    }

    private func codeForm(_ context: AppRequestContext, csrf: String, returnTo: String, errors: [FieldError]) -> Response {
        let status: HTTPResponse.Status = errors.contains { $0.code == "throttled" } ? .tooManyRequests : (errors.isEmpty ? .ok : .unprocessableContent)
        return pages.page(context, path: "/staff/mfa", title: "Enter the code from your authenticator app", errors: errors, status: status) { page in
            page.heading("Enter the code from your authenticator app")
            page.formStart(action: "/staff/mfa", csrf: csrf)
            page.hidden("return", returnTo)
            page.input("code", label: "Security code", hint: "The 6-digit code your app shows now, or one of your recovery codes.",
                       autocomplete: "one-time-code", errors: errors, width: "width-10", inputmode: "numeric")
            page.button("Sign in")
            page.formEnd()
        }
    }

    @Sendable func checkCode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (authSession, member) = try pending(context)
        let (form, session) = try await pages.postedForm(request, context)
        let returnTo = ReturnPath.safe(form.value("return"), default: "/staff")
        guard let secret = member.totpSecret else { return .seeOther("/staff/mfa/set-up") }
        // Codes are throttled with passwords: six digits fall to guessing faster than any password.
        if let until = try await identity.lockedUntil(.staff, email: member.email, address: context.remoteAddress) {
            return codeForm(context, csrf: session.csrfToken, returnTo: returnTo, errors: [
                context.tooManyAttempts(until: SignInThrottlePolicy.minutes(until: until, now: identity.now()), field: "code")
            ])
        }
        let typed = form.value("code")
        var accepted = false
        var usedRecoveryCode = false
        if let step = StaffAuthenticator.matchingStep(typed, secret: secret, at: identity.now()) {
            accepted = try await identity.staff.useTOTPStep(id: member.id, step: step)
        } else if RecoveryCodes.normalised(typed).count == 10 {
            accepted = try await identity.staff.useRecoveryCode(id: member.id, codeHash: Self.hashCode(typed))
            usedRecoveryCode = accepted
        }
        guard accepted else {
            try await identity.recordFailure(.staff, email: member.email, address: context.remoteAddress)
            try await identity.record(context, .staffMfaFailed, subject: "staff:\(member.id)", actor: .staff(member.id))
            let message = typed.isEmpty ? "Enter the security code" : "The security code is not right, or has been used. Enter the code your app shows now"
            return codeForm(context, csrf: session.csrfToken, returnTo: returnTo, errors: [FieldError(questionID: "code", message: message)])
        }
        try await identity.sessions.completeSecondFactor(idHash: authSession.idHash)
        try await identity.clearFailures(.staff, email: member.email, address: context.remoteAddress)
        try await identity.record(context, usedRecoveryCode ? AuditAction.staffSignInRecoveryCode : .staffSignIn,
                                  subject: "staff:\(member.id)", actor: .staff(member.id))
        return .seeOther(returnTo)
    }

    @Sendable func setUpPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, member) = try pending(context)
        guard member.totpSecret == nil else { return .found("/staff/mfa") }
        let (session, cookie) = try await pages.browserSession(request, context)
        let returnTo = ReturnPath.safe(request.uri.queryParameters.get("return"), default: "/staff")
        return setUpForm(context, member, csrf: session.csrfToken, secret: StaffAuthenticator.newSecret(), returnTo: returnTo, errors: []).setting(cookie)
    }

    private func setUpForm(_ context: AppRequestContext, _ member: StaffMember, csrf: String, secret: String, returnTo: String, errors: [FieldError]) -> Response {
        let uri = StaffAuthenticator.enrolmentURI(secret: secret, email: member.email)
        let qr = (try? QRCode(text: uri))?.svg(moduleSize: 4, quietZone: 4, title: "QR code for your authenticator app") ?? ""
        return pages.page(context, path: "/staff/mfa/set-up", title: "Set up your authenticator app", errors: errors,
                          status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading("Set up your authenticator app")
            page.paragraph("Staff sign in with a password and a code from an authenticator app, such as Microsoft Authenticator or Google Authenticator, on your work phone.")
            page.subheading("1. Scan this QR code with the app")
            page.raw("<div class=\"qr-code\">\(qr)</div>\n")
            page.paragraph("If you cannot scan it, choose to enter a key in the app and type this key:")
            page.raw("<p class=\"body secret\" id=\"totp-secret\">"); page.raw(HTMLWriter.escape(StaffAuthenticator.typedSecret(uri))); page.raw("</p>\n")
            page.subheading("2. Enter the code the app shows")
            page.formStart(action: "/staff/mfa/set-up", csrf: csrf)
            page.hidden("secret", secret)
            page.hidden("return", returnTo)
            page.input("code", label: "Security code", autocomplete: "one-time-code", errors: errors, width: "width-10", inputmode: "numeric")
            page.button("Continue")
            page.formEnd()
        }
    }

    @Sendable func setUp(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (authSession, member) = try pending(context)
        guard member.totpSecret == nil else { return .seeOther("/staff/mfa") }
        let (form, session) = try await pages.postedForm(request, context)
        let secret = form.value("secret")
        let returnTo = ReturnPath.safe(form.value("return"), default: "/staff")
        guard secret.count == 20, secret.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { throw HTTPError(.badRequest) }
        guard let step = StaffAuthenticator.matchingStep(form.value("code"), secret: secret, at: identity.now()) else {
            try await identity.record(context, .staffMfaEnrolmentFailed, subject: "staff:\(member.id)", actor: .staff(member.id))
            let message = form.value("code").isEmpty ? "Enter the security code" : "The security code is not right. Enter the 6-digit code the app shows now"
            return setUpForm(context, member, csrf: session.csrfToken, secret: secret, returnTo: returnTo, errors: [FieldError(questionID: "code", message: message)])
        }
        let codes = RecoveryCodes.generate()
        try await identity.staff.enrolAuthenticator(id: member.id, secret: secret, recoveryCodeHashes: codes.map(Self.hashCode))
        _ = try await identity.staff.useTOTPStep(id: member.id, step: step)
        try await identity.sessions.completeSecondFactor(idHash: authSession.idHash)
        try await identity.record(context, .staffMfaEnrolled, subject: "staff:\(member.id)", actor: .staff(member.id))
        var signedIn = context
        signedIn.staff = member
        signedIn.staffPending = nil
        return pages.page(signedIn, path: "/staff/mfa/set-up", title: "Save your recovery codes") { page in
            page.heading("Save your recovery codes")
            page.paragraph("If you lose your phone, each of these codes signs you in once instead of the app. This is the only time they are shown: print them or keep them in your password manager.")
            page.raw("<ul class=\"list recovery-codes\" id=\"recovery-codes\">")
            for code in codes { page.raw("<li>\(code)</li>") }
            page.raw("</ul>\n")
            page.link("Continue", href: returnTo)
        }
    }

    // MARK: Sign out

    @Sendable func signOutPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.staff != nil || context.staffPending != nil else { return .found("/staff/sign-in") }
        let (session, cookie) = try await pages.browserSession(request, context)
        return pages.page(context, path: "/staff/sign-out", title: "Sign out") { page in
            page.heading("Sign out")
            page.formStart(action: "/staff/sign-out", csrf: session.csrfToken)
            page.raw("<div class=\"button-group\">\n")
            page.button("Sign out")
            page.button("Sign out on every device", secondary: true, name: "everywhere", value: "1")
            page.raw("</div>\n")
            page.formEnd()
        }.setting(cookie)
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, _) = try await pages.postedForm(request, context)
        if let member = context.staff ?? context.staffPending?.member {
            if form.value("everywhere") == "1" {
                try await identity.sessions.deleteAll(kind: .staff, subjectID: member.id)
            }
            try await identity.record(context, form.value("everywhere") == "1" ? AuditAction.staffSignedOutEverywhere : .staffSignOut,
                                      subject: "staff:\(member.id)", actor: .staff(member.id))
        }
        let cookie = try await identity.endSession(.staff, request)
        let browser = try await pages.endedSession(request, context)
        var signedOut = context
        signedOut.staff = nil
        return pages.page(signedOut, path: "/staff/sign-out", title: "You have signed out", cookies: [cookie, browser]) { page in
            page.heading("You have signed out")
            page.link("Sign in again", href: "/staff/sign-in")
        }
    }

    // MARK: Set-up link

    @Sendable func choosePasswordPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard try await identity.peek(token, .staffSetUp) != nil else { return expired(context) }
        let (session, cookie) = try await pages.browserSession(request, context)
        return passwordForm(context, csrf: session.csrfToken, token: token, errors: []).setting(cookie)
    }

    private func expired(_ context: AppRequestContext) -> Response {
        pages.page(context, path: "/staff/set-up", title: "This set-up link has expired or has already been used", status: .notFound) { page in
            page.heading("This set-up link has expired or has already been used")
            page.paragraph("Ask an administrator for a new one.")
        }
    }

    private func passwordForm(_ context: AppRequestContext, csrf: String, token: String, errors: [FieldError]) -> Response {
        pages.page(context, path: "/staff/set-up", title: "Choose your password", errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent) { page in
            page.heading("Choose your password")
            page.formStart(action: "/staff/set-up/\(token)", csrf: csrf)
            page.input("password", label: "Password", type: "password", hint: "At least 10 characters. Three random words make a strong password.",
                       autocomplete: "new-password", errors: errors)
            page.button("Save password")
            page.formEnd()
        }
    }

    @Sendable func choosePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let (form, session) = try await pages.postedForm(request, context)
        guard let link = try await identity.peek(token, .staffSetUp), let id = link.subjectID,
              let member = try await identity.staff.member(id: id) else { return expired(context) }
        if let problem = identity.policy.problem(with: form.value("password"), email: member.email) {
            return passwordForm(context, csrf: session.csrfToken, token: token, errors: [context.passwordError(problem)])
        }
        let hash = try await identity.passwords.hash(form.value("password"))
        guard try await identity.consume(token, .staffSetUp) != nil else { return expired(context) }
        try await identity.staff.setPassword(id: id, hash: hash)
        // A set-up link starts over: the authenticator is enrolled afresh, and old sessions end.
        try await identity.staff.resetAuthenticator(id: id)
        try await identity.sessions.deleteAll(kind: .staff, subjectID: id)
        try await identity.record(context, .staffPasswordSet, subject: "staff:\(id)", actor: .staff(id))
        return .seeOther("/staff/sign-in")
    }
}

enum StaffAreaText {
    static func name(_ area: StaffArea) -> String {
        switch area {
        case .backOffice: "Cases"
        case .analytics: "Analytics"
        case .strategy: "Strategy measures"
        case .field: "Field work"
        case .designer: "Service designer"
        case .admin: "Administration"
        }
    }
}

/// How a recovery code is stored; public so that tests and tools can seed codes.
public enum StaffRecoveryCodeHash {
    public static func hash(_ code: String) -> String { StaffSignInController.hashCode(code) }
}
