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

    static func hashCode(_ code: String) -> String { TokenHash.of("recovery:" + RecoveryCodes.normalised(code)) }

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
        let providers = (services.providers?.configurations(for: .staff) ?? []).map {
            IdentityProviderLink(id: $0.id, name: $0.displayName.text(context.language))
        }
        return StaffSignInPage(
            layout: layout(context, .staffSignIn, path: "/staff/sign-in", errors: errors), csrfToken: csrf, email: email,
            returnTo: returnTo, providers: providers, errors: errors
        ).response(status: status)
    }

    /// The frame of the sign-in pages: the site's, since the person is not (yet) in a staff area.
    private func layout(_ context: AppRequestContext, _ title: Phrase, path: String, errors: [FieldError] = []) -> LayoutModel {
        PageLayout(language: context.language, path: path, title: title(context.language), errors: errors, headerLinks: context.headerLinks).model
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
        if form.value("password").isEmpty {
            errors.append(FieldError(questionID: "password", message: Phrase.staffPasswordMissing(context.language), code: "required"))
        }
        guard errors.isEmpty else { return again(errors) }
        if let until = try await identity.lockedUntil(.staff, email: email, address: context.remoteAddress) {
            try await identity.record(context, .staffSignInThrottled, subject: "email:\(email)")
            return again([context.tooManyAttempts(until: SignInThrottlePolicy.minutes(until: until, now: identity.now()))])
        }
        let member = try await identity.staff.member(email: email)
        let usable = member.map { !$0.disabled } ?? false
        guard try await identity.passwords.verify(form.value("password"), hash: member?.passwordHash), let member, usable else {
            try await identity.recordFailure(.staff, email: email, address: context.remoteAddress)
            try await identity.record(context, .staffSignInFailed, subject: member.map { Actor.staff($0.id).recorded } ?? "email:\(email)")
            return again([FieldError(questionID: "email", message: Phrase.staffSignInWrong(context.language))])
        }
        let cookie = try await identity.startSession(.staff, subjectID: member.id, secondFactorDone: false)
        let browser = try await pages.rotatedSession(request, context, adoptBy: nil)
        try await identity.record(context, .staffPasswordAccepted, subject: Actor.staff(member.id).recorded, actor: .staff(member.id))
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
        return StaffSecurityCodePage(layout: layout(context, .staffCodeTitle, path: "/staff/mfa", errors: errors), csrfToken: csrf,
                                     returnTo: returnTo, errors: errors).response(status: status)
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
            try await identity.record(context, .staffMfaFailed, subject: Actor.staff(member.id).recorded, actor: .staff(member.id))
            let message = (typed.isEmpty ? Phrase.staffCodeMissing : .staffCodeWrong)(context.language)
            return codeForm(context, csrf: session.csrfToken, returnTo: returnTo, errors: [FieldError(questionID: "code", message: message)])
        }
        try await identity.sessions.completeSecondFactor(idHash: authSession.idHash)
        try await identity.clearFailures(.staff, email: member.email, address: context.remoteAddress)
        try await identity.record(context, usedRecoveryCode ? AuditAction.staffSignInRecoveryCode : .staffSignIn,
                                  subject: Actor.staff(member.id).recorded, actor: .staff(member.id))
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
        return StaffAuthenticatorSetUpPage(
            layout: layout(context, .staffSetUpAuthenticator, path: "/staff/mfa/set-up", errors: errors), csrfToken: csrf,
            enrolmentURI: uri, typedKey: StaffAuthenticator.typedSecret(uri), secret: secret, returnTo: returnTo, errors: errors
        ).response(status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    @Sendable func setUp(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (authSession, member) = try pending(context)
        guard member.totpSecret == nil else { return .seeOther("/staff/mfa") }
        let (form, session) = try await pages.postedForm(request, context)
        let secret = form.value("secret")
        let returnTo = ReturnPath.safe(form.value("return"), default: "/staff")
        guard secret.count == 20, secret.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { throw HTTPError(.badRequest) }
        guard let step = StaffAuthenticator.matchingStep(form.value("code"), secret: secret, at: identity.now()) else {
            try await identity.record(context, .staffMfaEnrolmentFailed, subject: Actor.staff(member.id).recorded, actor: .staff(member.id))
            let message = (form.value("code").isEmpty ? Phrase.staffCodeMissing : .staffEnrolCodeWrong)(context.language)
            return setUpForm(context, member, csrf: session.csrfToken, secret: secret, returnTo: returnTo, errors: [FieldError(questionID: "code", message: message)])
        }
        let codes = RecoveryCodes.generate()
        try await identity.staff.enrolAuthenticator(id: member.id, secret: secret, recoveryCodeHashes: codes.map(Self.hashCode))
        _ = try await identity.staff.useTOTPStep(id: member.id, step: step)
        try await identity.sessions.completeSecondFactor(idHash: authSession.idHash)
        try await identity.record(context, .staffMfaEnrolled, subject: Actor.staff(member.id).recorded, actor: .staff(member.id))
        var signedIn = context
        signedIn.staff = member
        signedIn.staffPending = nil
        return StaffRecoveryCodesPage(layout: layout(signedIn, .staffRecoveryCodesTitle, path: "/staff/mfa/set-up"), codes: codes,
                                      continueTo: returnTo).response()
    }

    // MARK: Sign out

    @Sendable func signOutPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.staff != nil || context.staffPending != nil else { return .found("/staff/sign-in") }
        let (session, cookie) = try await pages.browserSession(request, context)
        return StaffSignOutPage(layout: layout(context, .signOut, path: "/staff/sign-out"), state: .confirm(csrfToken: session.csrfToken))
            .response(cookies: [cookie])
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (form, _) = try await pages.postedForm(request, context)
        if let member = context.staff ?? context.staffPending?.member {
            if form.value("everywhere") == "1" {
                try await identity.sessions.deleteAll(kind: .staff, subjectID: member.id)
            }
            try await identity.record(context, form.value("everywhere") == "1" ? AuditAction.staffSignedOutEverywhere : .staffSignOut,
                                      subject: Actor.staff(member.id).recorded, actor: .staff(member.id))
        }
        let cookie = try await identity.endSession(.staff, request)
        let browser = try await pages.endedSession(request, context)
        var signedOut = context
        signedOut.staff = nil
        return StaffSignOutPage(layout: layout(signedOut, .staffSignedOut, path: "/staff/sign-out"), state: .signedOut)
            .response(cookies: [cookie, browser])
    }

    // MARK: Set-up link

    @Sendable func choosePasswordPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard try await identity.peek(token, .staffSetUp) != nil else { return expired(context) }
        let (session, cookie) = try await pages.browserSession(request, context)
        return passwordForm(context, csrf: session.csrfToken, token: token, errors: []).setting(cookie)
    }

    private func expired(_ context: AppRequestContext) -> Response {
        StaffChoosePasswordPage(layout: layout(context, .staffSetUpExpired, path: "/staff/set-up"), state: .expired).response(status: .notFound)
    }

    private func passwordForm(_ context: AppRequestContext, csrf: String, token: String, errors: [FieldError]) -> Response {
        StaffChoosePasswordPage(layout: layout(context, .staffChoosePassword, path: "/staff/set-up", errors: errors),
                                state: .choose(csrfToken: csrf, token: token), errors: errors)
            .response(status: errors.isEmpty ? .ok : .unprocessableContent)
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
        try await identity.record(context, .staffPasswordSet, subject: Actor.staff(id).recorded, actor: .staff(id))
        return .seeOther("/staff/sign-in")
    }
}

/// How a recovery code is stored; public so that tests and tools can seed codes.
public enum StaffRecoveryCodeHash {
    public static func hash(_ code: String) -> String { StaffSignInController.hashCode(code) }
}
