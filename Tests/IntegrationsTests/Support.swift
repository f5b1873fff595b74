import AsyncHTTPClient
import CouncilTestSupport
import Domain
import Foundation
import Integrations
import Testing

// Shared helpers: a stand-in provider and an HTTP client for each test, both always shut down.

let callbackURI = "http://127.0.0.1:9/account/sign-in/stand-in/callback"

/// Runs `body` against a fresh stand-in provider with an HTTP client that does not follow redirects (so the
/// test can play the browser), then stops both whatever happens.
func withStandIn<T: Sendable>(
    clients: [StandInOIDCProvider.Client],
    _ body: (StandInOIDCProvider, HTTPClient) async throws -> T
) async throws -> T {
    let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
    do {
        let result = try await StandInOIDCProvider.with(clients: clients) { provider in try await body(provider, http) }
        try await http.shutdown()
        return result
    } catch {
        try await http.shutdown()
        throw error
    }
}

func configuration(
    for provider: StandInOIDCProvider, clientID: String = "council",
    authentication: OIDCProviderConfiguration.ClientAuthentication = .clientSecretBasic(secret: "correct horse"),
    useUserinfo: Bool = false
) -> OIDCProviderConfiguration {
    OIDCProviderConfiguration(
        id: "stand-in", displayName: LocalisedText("Stand-in ID"), audience: .citizen, issuer: provider.issuer,
        clientID: clientID, clientAuthentication: authentication, scopes: ["openid", "email"], useUserinfo: useUserinfo
    )
}

/// The browser's part: follows the authorization URL to the provider and returns the query it redirects back with.
func followAuthorization(_ url: String, using http: HTTPClient) async throws -> [String: String] {
    let response = try await http.execute(HTTPClientRequest(url: url), timeout: .seconds(5))
    _ = try await response.body.collect(upTo: 64 * 1024)
    #expect(response.status == .found)
    let location = try #require(response.headers.first(name: "Location"))
    #expect(location.hasPrefix(callbackURI + "?"))
    let query = try #require(location.split(separator: "?", maxSplits: 1).last)
    return FormEncoding.decode(query)
}

/// A whole sign-in: begin, the browser's trip to the provider, and the callback (optionally tampered with).
@discardableResult
func signIn(
    with client: OIDCClient, http: HTTPClient, uiLocales: String? = nil,
    tamper: (inout [String: String], inout PendingSignIn) -> Void = { _, _ in }
) async throws -> VerifiedIdentity {
    let (url, pending) = try await client.beginSignIn(redirectURI: callbackURI, uiLocales: uiLocales)
    var query = try await followAuthorization(url, using: http)
    var kept = pending
    tamper(&query, &kept)
    return try await client.completeSignIn(callbackQuery: query, pending: kept)
}

/// Expects a sign-in to fail with exactly `expected`, and the message for the person to be plain and free of internals.
func expectSignInFails(
    _ expected: OIDCError, sourceLocation: SourceLocation = #_sourceLocation, _ attempt: () async throws -> VerifiedIdentity
) async {
    do {
        let identity = try await attempt()
        Issue.record("expected \(expected), but signed in as \(identity.subject)", sourceLocation: sourceLocation)
    } catch let error as OIDCError {
        #expect(error == expected, sourceLocation: sourceLocation)
        let message = error.userMessage(providerName: "Stand-in ID")
        #expect(message.contains("Stand-in ID"), sourceLocation: sourceLocation)
        #expect(!message.lowercased().contains("token") && !message.contains("nonce"), sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation)
    }
}
