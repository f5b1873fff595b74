import AsyncHTTPClient
import Domain
import Foundation
import Logging
import NIOCore

/// An OpenID Connect relying party for one provider: the authorization code flow with PKCE (S256),
/// `state` and `nonce`, and every check on the ID token.
///
/// Make one per provider at start-up and share it; it caches the discovery document and signing keys.
/// The `HTTPClient` belongs to the caller, who shuts it down.
public final class OIDCClient: Sendable {
    public let configuration: OIDCProviderConfiguration

    /// How long the discovery document and the signing keys are trusted before being fetched again.
    public static let metadataLifetime: TimeInterval = 60 * 60
    /// How long someone has between starting a sign-in and coming back with the code.
    public static let maximumSignInDuration: TimeInterval = 30 * 60

    let http: ProviderHTTP
    let credentials: ClientCredentials
    let cache = ProviderMetadataCache()
    let logger: Logger
    let now: @Sendable () -> Date

    /// - Parameters:
    ///   - timeout: the deadline for each call to the provider.
    ///   - now: the clock, replaceable in tests.
    /// - Throws: `OIDCError.invalidConfiguration` when the private key cannot be used.
    public init(
        configuration: OIDCProviderConfiguration,
        httpClient: HTTPClient,
        logger: Logger = Logger(label: "onecouncil.oidc"),
        timeout: Duration = .seconds(10),
        maxResponseBytes: Int = 256 * 1024,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(OIDCError) {
        self.configuration = configuration
        self.credentials = try ClientCredentials(clientID: configuration.clientID, authentication: configuration.clientAuthentication)
        let (seconds, attoseconds) = timeout.components
        self.http = ProviderHTTP(
            client: httpClient,
            timeout: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000),
            maxResponseBytes: maxResponseBytes
        )
        var logger = logger
        logger[metadataKey: "oidc.provider"] = .string(configuration.id)
        self.logger = logger
        self.now = now
    }

    /// The `ui_locales` value for a page language: the language first, English as the fallback.
    public static func uiLocales(for language: Language) -> String {
        language == .en ? "en" : "\(language.rawValue) en"
    }

    // MARK: Discovery

    /// The provider's discovery document, from the cache when it is less than an hour old.
    public func discovery() async throws(OIDCError) -> OIDCDiscovery {
        if let cached = await cache.discovery(now: now(), maxAge: Self.metadataLifetime) { return cached }
        let reply = try await http.get(OIDCDiscovery.url(forIssuer: configuration.issuer), endpoint: "discovery")
        guard reply.isSuccess else { throw .discoveryFailed("HTTP \(reply.status)") }
        let document: OIDCDiscovery
        do {
            document = try reply.decode(OIDCDiscovery.self, what: "discovery document")
        } catch {
            throw .discoveryFailed("the document lacks a required field")
        }
        // Discovery §4.3: the document must be about the issuer we asked for, or anyone could stand in for it.
        guard document.issuer == configuration.issuer else {
            throw .discoveryFailed("the document's issuer is not the configured issuer")
        }
        try Self.checkEndpointsAreSecure(document)
        await cache.store(document, at: now())
        logger.debug("Fetched the discovery document")
        return document
    }

    /// Endpoints must use HTTPS, except for a provider on this machine (the stand-in provider in tests).
    private static func checkEndpointsAreSecure(_ document: OIDCDiscovery) throws(OIDCError) {
        let endpoints = [document.authorizationEndpoint, document.tokenEndpoint, document.jwksURI] + [document.userinfoEndpoint].compactMap { $0 }
        for endpoint in endpoints where !EndpointURL.isAcceptable(endpoint) {
            throw .discoveryFailed("an endpoint is not an https URL")
        }
    }

    // MARK: Starting a sign-in

    /// Makes the URL to send the person to, and what to keep in their session until they come back.
    ///
    /// - Parameters:
    ///   - redirectURI: the callback URL registered with the provider; the configuration's `redirectURI`, when set, wins.
    ///   - uiLocales: the page language for the provider's pages, like `OIDCClient.uiLocales(for: .gd)`.
    public func beginSignIn(redirectURI: String, uiLocales: String?) async throws(OIDCError) -> (authorizationURL: String, pending: PendingSignIn) {
        let document = try await discovery()
        let pending = PendingSignIn(
            providerID: configuration.id,
            state: SecureRandom.token(),
            nonce: SecureRandom.token(),
            codeVerifier: SecureRandom.token(),
            redirectURI: configuration.redirectURI ?? redirectURI,
            createdAt: now()
        )
        var parameters: [(String, String)] = [
            ("response_type", "code"),
            ("client_id", configuration.clientID),
            ("redirect_uri", pending.redirectURI),
            ("scope", configuration.scopes.joined(separator: " ")),
            ("state", pending.state),
            ("nonce", pending.nonce),
            ("code_challenge", PKCE.challenge(for: pending.codeVerifier)),
            ("code_challenge_method", "S256"),
        ]
        if let uiLocales, !uiLocales.isEmpty { parameters.append(("ui_locales", uiLocales)) }
        parameters += configuration.extraAuthorizationParameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let endpoint = document.authorizationEndpoint
        let url = endpoint + (endpoint.contains("?") ? "&" : "?") + FormEncoding.encode(parameters)
        return (url, pending)
    }
}
