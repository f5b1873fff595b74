import Crypto
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Integrations
import NIOCore

/// The stand-in provider's endpoints.
enum StandInOIDCRoutes {
    static func router(for provider: StandInOIDCProvider) -> Router<BasicRequestContext> {
        let router = Router()
        router.get(".well-known/openid-configuration") { _, _ in discovery(provider) }
        router.get("jwks") { _, _ in jwks(provider) }
        router.get("authorize") { request, _ in authorize(request, provider) }
        router.post("token") { request, _ in try await token(request, provider) }
        router.get("userinfo") { request, _ in userinfo(request, provider) }
        return router
    }

    private static func discovery(_ provider: StandInOIDCProvider) -> Response {
        let document: JSONValue = provider.state.withLock { state in
            state.counters.discoveryRequests += 1
            let base = state.baseURL
            let issuer = state.misbehaviours.contains(.wrongDiscoveryIssuer) ? "https://impostor.example" : base
            return .object([
                "issuer": .string(issuer),
                "authorization_endpoint": .string(base + "/authorize"),
                "token_endpoint": .string(base + "/token"),
                "userinfo_endpoint": .string(base + "/userinfo"),
                "jwks_uri": .string(base + "/jwks"),
                "response_types_supported": .array([.string("code")]),
                "subject_types_supported": .array([.string("public")]),
                "id_token_signing_alg_values_supported": .array([.string("RS256"), .string("ES256")]),
                "token_endpoint_auth_methods_supported": .array([.string("client_secret_basic"), .string("private_key_jwt")]),
                "code_challenge_methods_supported": .array([.string("S256")]),
                "scopes_supported": .array(["openid", "email", "profile", "phone", "address"].map(JSONValue.string)),
            ])
        }
        return json(document)
    }

    private static func jwks(_ provider: StandInOIDCProvider) -> Response {
        let keys = provider.state.withLock { state in
            state.counters.jwksRequests += 1
            return state.publishedKeys
        }
        return json(.object(["keys": .array(keys.map(\.publicJWK))]))
    }

    /// No sign-in page: the person is taken to be `user` and sent straight back with a code.
    private static func authorize(_ request: Request, _ provider: StandInOIDCProvider) -> Response {
        let query = FormEncoding.decode(request.uri.query ?? "")
        return provider.state.withLock { state -> Response in
            state.counters.authorizationRequests += 1
            state.lastAuthorizationRequest = query
            guard let clientID = query["client_id"], state.clients[clientID] != nil else {
                return text("Unknown client_id", status: .badRequest)
            }
            guard let redirectURI = query["redirect_uri"], EndpointURL.isAcceptable(redirectURI) else {
                return text("Missing or unacceptable redirect_uri", status: .badRequest)
            }
            var callback: [(String, String)]
            if state.misbehaviours.contains(.denyAccess) {
                callback = [("error", "access_denied"), ("error_description", "The user cancelled")]
            } else if query["response_type"] != "code" {
                callback = [("error", "unsupported_response_type")]
            } else if !(query["scope"] ?? "").split(separator: " ").contains("openid") {
                callback = [("error", "invalid_scope")]
            } else if let challenge = query["code_challenge"], query["code_challenge_method"] == "S256" {
                let code = StandInOIDCState.randomToken()
                state.codes[code] = .init(
                    clientID: clientID, redirectURI: redirectURI, nonce: query["nonce"], codeChallenge: challenge, scope: query["scope"] ?? ""
                )
                if let nonce = query["nonce"] { state.nonces.append(nonce) }
                callback = [("code", code)]
            } else {
                callback = [("error", "invalid_request"), ("error_description", "PKCE with S256 is required")]
            }
            if let requestState = query["state"] { callback.append(("state", requestState)) }
            callback.append(("iss", state.baseURL))
            let location = redirectURI + (redirectURI.contains("?") ? "&" : "?") + FormEncoding.encode(callback)
            return Response(status: .found, headers: [.location: location])
        }
    }

    private static func token(_ request: Request, _ provider: StandInOIDCProvider) async throws -> Response {
        let body = try await request.body.collect(upTo: 64 * 1024)
        let form = FormEncoding.decode(String(buffer: body))
        provider.state.withLock { state in
            state.counters.tokenRequests += 1
            state.lastTokenRequest = form
        }
        let clientID: String
        switch await StandInClientAuthentication.authenticate(form: form, authorizationHeader: request.headers[.authorization], provider: provider) {
        case .authenticated(let id): clientID = id
        case .refused(let reason): return oauthError("invalid_client", reason, status: .unauthorized)
        }
        guard form["grant_type"] == "authorization_code" else { return oauthError("unsupported_grant_type", "only authorization_code") }

        let issued = provider.state.withLock { state -> Result<IDTokenPlan, TokenRefusal> in
            // Codes are single-use: taken out whether or not the rest of the request is good.
            guard let code = form["code"], let grant = state.codes.removeValue(forKey: code) else {
                return .failure(TokenRefusal(error: "invalid_grant", description: "unknown or used code"))
            }
            guard grant.clientID == clientID else { return .failure(TokenRefusal(error: "invalid_grant", description: "code issued to another client")) }
            guard form["redirect_uri"] == grant.redirectURI else { return .failure(TokenRefusal(error: "invalid_grant", description: "redirect_uri differs")) }
            guard let verifier = form["code_verifier"], challenge(of: verifier) == grant.codeChallenge else {
                return .failure(TokenRefusal(error: "invalid_grant", description: "PKCE verifier does not match the challenge"))
            }
            let plan = IDTokenPlan.make(for: grant, clientID: clientID, state: state)
            state.accessTokens[plan.accessToken] = .init(clientID: clientID, subject: state.user.subject)
            return .success(plan)
        }
        switch issued {
        case .failure(let refusal):
            return oauthError(refusal.error, refusal.description)
        case .success(let plan):
            let idToken = try await plan.signedToken()
            return json(.object([
                "access_token": .string(plan.accessToken), "token_type": .string("Bearer"), "expires_in": .number(300),
                "id_token": .string(idToken),
            ]))
        }
    }

    private static func userinfo(_ request: Request, _ provider: StandInOIDCProvider) -> Response {
        let header = request.headers[.authorization] ?? ""
        let bearer = header.lowercased().hasPrefix("bearer ") ? String(header.dropFirst(7)) : ""
        let claims: JSONValue? = provider.state.withLock { state in
            state.counters.userinfoRequests += 1
            guard state.accessTokens[bearer] != nil else { return nil }
            var claims = state.user.userinfoClaims
            if state.misbehaviours.contains(.differentUserinfoSubject) { claims["sub"] = .string("someone-else-5678") }
            return .object(claims)
        }
        guard let claims else {
            return Response(status: .unauthorized, headers: [.wwwAuthenticate: #"Bearer error="invalid_token""#])
        }
        return json(claims)
    }

    static func challenge(of verifier: String) -> String {
        StandInSigningKey.base64URL(SHA256.hash(data: Data(verifier.utf8)))
    }

    // MARK: Responses

    struct TokenRefusal: Error {
        var error: String
        var description: String
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status,
            headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    static func text(_ message: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: message)))
    }

    static func oauthError(_ error: String, _ description: String, status: HTTPResponse.Status = .badRequest) -> Response {
        json(.object(["error": .string(error), "error_description": .string(description)]), status: status)
    }
}
