import AsyncHTTPClient
import CouncilTestSupport
import Foundation
import Integrations
import Testing

/// Every way a sign-in must fail: each ends in a specific `OIDCError` (which the web layer turns into an
/// error page without creating a session), never in a `VerifiedIdentity`.
@Suite struct OIDCRejectionTests {
    let clients: [StandInOIDCProvider.Client] = [.init(id: "council", secret: "correct horse")]

    @Test func aWrongStateIsRejectedBeforeTheCodeIsExchanged() async throws {
        try await withStandIn(clients: clients) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.stateMismatch) {
                try await signIn(with: client, http: http) { query, _ in query["state"] = "attacker-chosen-state" }
            }
            await expectSignInFails(.stateMismatch) {
                try await signIn(with: client, http: http) { query, _ in query["state"] = nil }
            }
            #expect(provider.counters.tokenRequests == 0)
        }
    }

    @Test func aReplayedNonceIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            try await signIn(with: client, http: http)
            provider.misbehave(.replayEarlierNonce)
            await expectSignInFails(.nonceMismatch) { try await signIn(with: client, http: http) }
        }
    }

    @Test(arguments: [OIDCProviderConfiguration.SigningAlgorithm.rs256, .es256])
    func aBadSignatureIsRejected(algorithm: OIDCProviderConfiguration.SigningAlgorithm) async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.signIDTokens(with: algorithm)
            provider.misbehave(.signWithUnpublishedKey)
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.invalidSignature) { try await signIn(with: client, http: http) }
        }
    }

    @Test func anUnsignedIDTokenIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.misbehave(.unsignedIDToken)
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.unsupportedAlgorithm("none")) { try await signIn(with: client, http: http) }
        }
    }

    @Test func anExpiredIDTokenIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.misbehave(.issueExpiredIDToken)
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.expired) { try await signIn(with: client, http: http) }
        }
    }

    @Test func anIDTokenForAnotherAudienceIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.misbehave(.wrongAudience)
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.wrongAudience) { try await signIn(with: client, http: http) }
        }
    }

    @Test func anIDTokenFromAnotherIssuerIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.misbehave(.wrongIssuer)
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.wrongIssuer) { try await signIn(with: client, http: http) }
        }
    }

    @Test func aDiscoveryDocumentForAnotherIssuerIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.misbehave(.wrongDiscoveryIssuer)
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await #expect(throws: OIDCError.discoveryFailed("the document's issuer is not the configured issuer")) {
                try await client.beginSignIn(redirectURI: callbackURI, uiLocales: nil)
            }
        }
    }

    @Test func aPKCEVerifierMismatchIsRefusedByTheProvider() async throws {
        try await withStandIn(clients: clients) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.tokenRequestFailed(status: 400, error: "invalid_grant")) {
                try await signIn(with: client, http: http) { _, pending in pending.codeVerifier = String(repeating: "A", count: 43) }
            }
            #expect(provider.counters.tokenRequests == 1)
        }
    }

    @Test func anAuthorizationCodeWorksOnlyOnce() async throws {
        try await withStandIn(clients: clients) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            let (url, pending) = try await client.beginSignIn(redirectURI: callbackURI, uiLocales: nil)
            let query = try await followAuthorization(url, using: http)
            _ = try await client.completeSignIn(callbackQuery: query, pending: pending)
            await expectSignInFails(.tokenRequestFailed(status: 400, error: "invalid_grant")) {
                try await client.completeSignIn(callbackQuery: query, pending: pending)
            }
        }
    }

    @Test func aWrongClientSecretIsRefusedByTheProvider() async throws {
        try await withStandIn(clients: clients) { provider, http in
            let config = configuration(for: provider, authentication: .clientSecretBasic(secret: "wrong"))
            let client = try OIDCClient(configuration: config, httpClient: http)
            await expectSignInFails(.tokenRequestFailed(status: 401, error: "invalid_client")) { try await signIn(with: client, http: http) }
        }
    }

    @Test func aKeyIDTheProviderNeverPublishesFailsAfterOneRefetch() async throws {
        try await withStandIn(clients: clients) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            try await signIn(with: client, http: http)
            provider.misbehave(.signWithUnknownKeyID)
            await expectSignInFails(.unknownKey) { try await signIn(with: client, http: http) }
            #expect(provider.counters.jwksRequests == 2)
        }
    }

    @Test func aUserinfoResponseAboutSomeoneElseIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.misbehave(.differentUserinfoSubject)
            let client = try OIDCClient(configuration: configuration(for: provider, useUserinfo: true), httpClient: http)
            await expectSignInFails(.userinfoMismatch) { try await signIn(with: client, http: http) }
        }
    }

    @Test func theProviderSayingAccessDeniedEndsTheSignIn() async throws {
        try await withStandIn(clients: clients) { provider, http in
            provider.misbehave(.denyAccess)
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.providerError(code: "access_denied", description: "The user cancelled")) {
                try await signIn(with: client, http: http)
            }
            #expect(provider.counters.tokenRequests == 0)
            #expect(OIDCError.providerError(code: "access_denied", description: nil).userMessage(providerName: "ScotAccount")
                == "You did not finish signing in with ScotAccount. You can try again, or continue without signing in.")
        }
    }

    @Test func aSignInStartedLongAgoOrForAnotherProviderIsRejected() async throws {
        try await withStandIn(clients: clients) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            await expectSignInFails(.signInTimedOut) {
                try await signIn(with: client, http: http) { _, pending in pending.createdAt = Date().addingTimeInterval(-31 * 60) }
            }
            await expectSignInFails(.providerMismatch) {
                try await signIn(with: client, http: http) { _, pending in pending.providerID = "another" }
            }
            #expect(provider.counters.tokenRequests == 0)
        }
    }

    @Test func logDescriptionsKeepCallbackTextShortAndPrintable() {
        let error = OIDCError.providerError(code: "server_error\nFAKE LOG LINE", description: String(repeating: "x", count: 500))
        #expect(!error.logDescription.contains("\n"))
        #expect(error.logDescription.count < 250)
    }
}
