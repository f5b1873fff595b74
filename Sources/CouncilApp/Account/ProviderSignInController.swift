import Domain
import Foundation
import Hummingbird
import Integrations
import Views

/// Signing in through an OpenID Connect provider: citizens with ScotAccount or GOV.UK One Login, staff with the
/// council's own (such as Entra ID). The sign-in begins with a POST from the sign-in page and ends at the callback.
/// A citizen's provider `sub` is linked to their account; staff link theirs once, while signed in, and the provider
/// then replaces only the password: the authenticator code is still asked for. Any failure ends at a page that
/// says what to do next, and creates no session.
struct ProviderSignInController {
    let services: AppServices
    let audience: OIDCProviderConfiguration.Audience
    var identity: IdentityServices { services.identity }
    var pages: FormPages { FormPages(services: services) }

    /// What a staff sign-in's return address is set to when it links a provider account instead.
    static let linkMarker = "#link"

    var base: String { audience == .citizen ? "/account/sign-in" : "/staff/sign-in" }
    var actorKind: String { audience == .citizen ? "citizen" : "staff" }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("\(base)/{provider}", use: begin)
        router.get("\(base)/{provider}/callback", use: callback)
    }

    private func client(_ context: AppRequestContext) throws -> OIDCClient {
        let id = try context.parameters.require("provider")
        guard let client = services.providers?.client(id: id), client.configuration.audience == audience else { throw HTTPError(.notFound) }
        return client
    }

    @Sendable func begin(_ request: Request, context: AppRequestContext) async throws -> Response {
        let client = try client(context)
        let (form, session) = try await pages.postedForm(request, context)
        let configuration = client.configuration
        let redirectURI = configuration.redirectURI ?? "\(identity.publicURL)\(base)/\(configuration.id)/callback"
        let returnTo = audience == .staff && form.value("link") == "1" && context.staff != nil
            ? Self.linkMarker : ReturnPath.safe(form.value("return"), default: audience == .citizen ? "/account" : "/staff")
        do {
            let (url, pending) = try await client.beginSignIn(redirectURI: redirectURI, uiLocales: OIDCClient.uiLocales(for: context.language))
            try await identity.pendingSignIns.save(PendingProviderSignIn(
                stateHash: TokenHash.of(pending.state), provider: configuration.id, nonce: pending.nonce,
                codeVerifier: pending.codeVerifier, redirectURI: pending.redirectURI,
                returnTo: returnTo, sessionHash: session.idHash, createdAt: pending.createdAt
            ))
            return .seeOther(url)
        } catch let error as OIDCError {
            return try await failed(error, configuration, context)
        }
    }

    @Sendable func callback(_ request: Request, context: AppRequestContext) async throws -> Response {
        let client = try client(context)
        let configuration = client.configuration
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { query[String(name)] = String(value) }
        // The state must be one this browser started, and is used up now whatever happens next.
        guard let state = query["state"], state.count <= 200,
              let stored = try await identity.pendingSignIns.take(stateHash: TokenHash.of(state)),
              stored.provider == configuration.id,
              let browser = try await pages.existingSession(request), browser.idHash == stored.sessionHash else {
            return try await failed(OIDCError.stateMismatch, configuration, context)
        }
        let pending = PendingSignIn(
            providerID: stored.provider, state: state, nonce: stored.nonce, codeVerifier: stored.codeVerifier,
            redirectURI: stored.redirectURI, createdAt: stored.createdAt
        )
        let verified: VerifiedIdentity
        do {
            verified = try await client.completeSignIn(callbackQuery: query, pending: pending)
        } catch {
            return try await failed(error, configuration, context)
        }
        if audience == .staff { return try await finishStaff(verified, stored, configuration, request, context) }
        guard let account = try await account(for: verified) else {
            try await identity.record(context, .citizenProviderSignInFailed, subject: "provider:\(configuration.id)", detail: "no verified email address")
            return failurePage(context, .noVerifiedEmail, configuration)
        }
        var profile = account.profile
        if let address = verified.address { profile["address"] = Answer.address(address.answer).json }
        if let name = verified.name { profile["name"] = .string(name) }
        if profile != account.profile { try await identity.citizens.setProfile(id: account.id, profile: profile) }
        let cookie = try await identity.startSession(.citizen, subjectID: account.id, secondFactorDone: true)
        let rotated = try await pages.rotatedSession(request, context, adoptBy: account.id)
        try await identity.record(context, .citizenSignIn, subject: "citizen:\(account.id)", detail: "via \(configuration.id); claims \(verified.claimNames.joined(separator: ","))", actor: .citizen(account.id))
        return Response.seeOther(stored.returnTo).setting(cookie, rotated)
    }

    /// Staff: link the provider account to the signed-in member of staff, or accept it in place of their password.
    private func finishStaff(_ verified: VerifiedIdentity, _ stored: PendingProviderSignIn, _ configuration: OIDCProviderConfiguration,
                             _ request: Request, _ context: AppRequestContext) async throws -> Response {
        if stored.returnTo == Self.linkMarker {
            guard let staff = context.staff else { return try await failed(OIDCError.stateMismatch, configuration, context) }
            try await identity.staff.link(provider: configuration.id, subject: verified.subject, to: staff.id)
            try await identity.record(context, .staffIdentityLinked, subject: "staff:\(staff.id)", detail: "provider \(configuration.id)")
            return .seeOther("/staff?linked=1")
        }
        guard let member = try await identity.staff.member(provider: configuration.id, subject: verified.subject), !member.disabled else {
            try await identity.record(context, .staffProviderSignInFailed, subject: "provider:\(configuration.id)", detail: "account not linked")
            return failurePage(context, .staffAccountNotLinked, configuration)
        }
        let cookie = try await identity.startSession(.staff, subjectID: member.id, secondFactorDone: false)
        let rotated = try await pages.rotatedSession(request, context, adoptBy: nil)
        try await identity.record(context, .staffPasswordAccepted, subject: "staff:\(member.id)", detail: "via \(configuration.id)", actor: .staff(member.id))
        let next = member.totpSecret == nil ? "/staff/mfa/set-up" : "/staff/mfa"
        return Response.seeOther("\(next)?return=\(ReturnPath.encode(stored.returnTo))").setting(cookie, rotated)
    }

    /// The account linked to this provider's subject; else the account with the verified email, now linked; else a
    /// new account. Nil when the provider vouched for no email address.
    private func account(for verified: VerifiedIdentity) async throws -> CitizenAccount? {
        if let linked = try await identity.citizens.account(provider: verified.providerID, subject: verified.subject) { return linked }
        guard let email = verified.verifiedEmail.map(EmailAddress.normalised), EmailAddress.isPlausible(email) else { return nil }
        let account: CitizenAccount
        if let existing = try await identity.citizens.account(email: email) {
            account = existing
            if !existing.emailConfirmed { try await identity.citizens.confirmEmail(id: existing.id) }
        } else {
            do {
                account = try await identity.citizens.create(email: email, passwordHash: nil, emailConfirmed: true)
            } catch AccountError.emailTaken {
                guard let raced = try await identity.citizens.account(email: email) else { return nil }
                account = raced
            }
        }
        try await identity.citizens.link(provider: verified.providerID, subject: verified.subject, to: account.id)
        return account
    }

    private func failed(_ error: any Error, _ configuration: OIDCProviderConfiguration, _ context: AppRequestContext) async throws -> Response {
        let oidcError = error as? OIDCError
        let detail = oidcError?.logDescription ?? String(describing: type(of: error))
        context.logger.notice("provider sign-in failed", metadata: ["provider": "\(configuration.id)", "reason": "\(detail)"])
        try await identity.record(context, actorKind == "staff" ? .staffProviderSignInFailed : .citizenProviderSignInFailed, subject: "provider:\(configuration.id)", detail: detail)
        return failurePage(context, Self.reason(oidcError), configuration)
    }

    /// What the person is told about a failed sign-in (the same cases as `OIDCError.userMessage`, in their language).
    static func reason(_ error: OIDCError?) -> ProviderSignInFailedPage.Reason {
        switch error {
        case .providerError(code: "access_denied", _): .cancelled
        case .providerError(code: "temporarily_unavailable", _), .providerUnreachable, .discoveryFailed, .keysUnavailable: .providerUnavailable
        case .signInTimedOut, .stateMismatch, .providerMismatch: .notMatched
        case .invalidConfiguration: .misconfigured
        default: .notConfirmed
        }
    }

    private func failurePage(_ context: AppRequestContext, _ reason: ProviderSignInFailedPage.Reason,
                             _ configuration: OIDCProviderConfiguration) -> Response {
        ProviderSignInFailedPage(
            layout: context.accountLayout(title: Phrase.providerNotSignedIn(context.language), path: base),
            reason: reason, provider: configuration.displayName.text(context.language), signInPath: base
        ).response(status: .badRequest)
    }
}
