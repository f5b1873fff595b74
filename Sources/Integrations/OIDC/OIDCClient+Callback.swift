import Domain
import Foundation

extension OIDCClient {
    /// Finishes a sign-in when the person comes back to the redirect URI.
    ///
    /// - Parameters:
    ///   - callbackQuery: the callback's query parameters (`code`, `state`, or `error` and `error_description`).
    ///   - pending: what `beginSignIn` returned, from the person's session; drop it from the session whatever happens.
    /// - Returns: the identity, once the state, the code exchange, the ID token's signature and claims, and
    ///   (when configured) the userinfo response have all been checked.
    public func completeSignIn(callbackQuery: [String: String], pending: PendingSignIn) async throws(OIDCError) -> VerifiedIdentity {
        guard pending.providerID == configuration.id else { throw .providerMismatch }
        guard now().timeIntervalSince(pending.createdAt) <= Self.maximumSignInDuration else { throw .signInTimedOut }
        // The state comes first, even before an error: a callback with someone else's state is not ours to report on.
        guard let state = callbackQuery["state"], ConstantTime.equals(state, pending.state) else { throw .stateMismatch }
        if let error = callbackQuery["error"] {
            throw .providerError(code: OIDCError.clean(error, limit: 64), description: callbackQuery["error_description"].map { OIDCError.clean($0) })
        }
        guard let code = callbackQuery["code"], !code.isEmpty else { throw .missingCode }

        let document = try await discovery()
        // RFC 9207: a provider that names itself in the callback must name the one we sent the person to.
        if let callbackIssuer = callbackQuery["iss"], callbackIssuer != document.issuer { throw .wrongIssuer }

        let tokens = try await exchange(code: code, pending: pending, discovery: document)
        guard let idToken = tokens.idToken else { throw .malformedResponse("token response has no id_token") }
        var claims = try await verifiedClaims(of: idToken, discovery: document)
        let check = IDTokenClaimsCheck(issuer: document.issuer, clientID: configuration.clientID, nonce: pending.nonce, now: now())
        let subject = try check.validate(claims)

        if configuration.useUserinfo {
            guard let accessToken = tokens.accessToken else { throw .malformedResponse("token response has no access_token") }
            let userinfo = try await userinfo(accessToken: accessToken, discovery: document)
            guard userinfo["sub"]?.stringValue == subject else { throw .userinfoMismatch }
            // Userinfo adds profile claims; the ID token's own claims (iss, aud, nonce…) stay as they were checked.
            claims.merge(userinfo) { fromToken, _ in fromToken }
        }
        logger.debug("Sign-in verified")
        return IdentityClaims.identity(providerID: configuration.id, subject: subject, claims: claims)
    }

    /// Exchanges the authorization code at the token endpoint, with the PKCE verifier and client authentication.
    private func exchange(code: String, pending: PendingSignIn, discovery: OIDCDiscovery) async throws(OIDCError) -> TokenResponse {
        let authentication = try await credentials.authentication(tokenEndpoint: discovery.tokenEndpoint, now: now())
        let form: [(String, String)] = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", pending.redirectURI),
            ("code_verifier", pending.codeVerifier),
        ] + authentication.form
        let reply = try await http.postForm(discovery.tokenEndpoint, endpoint: "token", form: form, basicCredentials: authentication.basic)
        guard reply.isSuccess else {
            let error = try? reply.decode(TokenErrorResponse.self, what: "token error")
            throw .tokenRequestFailed(status: reply.status, error: error.map { OIDCError.clean($0.error, limit: 64) })
        }
        return try reply.decode(TokenResponse.self, what: "token response")
    }

    /// Calls the userinfo endpoint with the access token (OpenID Connect Core §5.3).
    private func userinfo(accessToken: String, discovery: OIDCDiscovery) async throws(OIDCError) -> [String: JSONValue] {
        guard let endpoint = discovery.userinfoEndpoint else {
            throw .malformedResponse("userinfo is configured but the provider publishes no userinfo endpoint")
        }
        let reply = try await http.get(endpoint, endpoint: "userinfo", bearerToken: accessToken)
        guard reply.isSuccess else { throw .userinfoFailed(status: reply.status) }
        return try reply.decode([String: JSONValue].self, what: "userinfo response")
    }
}
