import AsyncHTTPClient
import CouncilTestSupport
import Foundation
import Integrations
import Testing

/// Good sign-ins against the stand-in provider over real HTTP, with each client authentication method.
@Suite struct OIDCSignInTests {
    @Test func signInWithClientSecretBasicSendsPKCEStateNonceAndReturnsTheIdentity() async throws {
        try await withStandIn(clients: [.init(id: "council", secret: "correct horse")]) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            let (url, pending) = try await client.beginSignIn(redirectURI: callbackURI, uiLocales: OIDCClient.uiLocales(for: .gd))
            let query = try await followAuthorization(url, using: http)

            let sent = provider.lastAuthorizationRequest
            #expect(sent["response_type"] == "code")
            #expect(sent["client_id"] == "council")
            #expect(sent["redirect_uri"] == callbackURI)
            #expect(sent["scope"] == "openid email")
            #expect(sent["state"] == pending.state)
            #expect(sent["nonce"] == pending.nonce)
            #expect(sent["code_challenge_method"] == "S256")
            #expect(sent["code_challenge"] == PKCE.challenge(for: pending.codeVerifier))
            #expect(sent["ui_locales"] == "gd en")
            #expect(pending.codeVerifier.count >= 43 && pending.state.count >= 43 && pending.nonce.count >= 43)
            #expect(Set([pending.state, pending.nonce, pending.codeVerifier]).count == 3)

            let identity = try await client.completeSignIn(callbackQuery: query, pending: pending)
            #expect(identity.providerID == "stand-in")
            #expect(identity.subject == "user-1234")
            #expect(identity.verifiedEmail == "pat.example@example.org")
            #expect(identity.claimNames.contains("nonce"))

            let tokenRequest = provider.lastTokenRequest
            #expect(tokenRequest["code_verifier"] == pending.codeVerifier)
            #expect(tokenRequest["client_assertion"] == nil)
        }
    }

    @Test func signInWithPrivateKeyJWTUsingAnRS256Key() async throws {
        let keys = StandInKeyGeneration.clientRS256
        try await withStandIn(clients: [.init(id: "council", keyPair: keys)]) { provider, http in
            let authentication = OIDCProviderConfiguration.ClientAuthentication.privateKeyJWT(
                privateKeyPEM: keys.privateKeyPEM, algorithm: .rs256, keyID: "council-rsa"
            )
            let client = try OIDCClient(configuration: configuration(for: provider, authentication: authentication), httpClient: http)
            let identity = try await signIn(with: client, http: http)
            #expect(identity.subject == "user-1234")
            #expect(provider.lastTokenRequest["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            let header = try #require(provider.lastTokenRequest["client_assertion"]?.split(separator: ".").first)
            #expect(String(decoding: Data(base64URL: header) ?? Data(), as: UTF8.self).contains(#""kid":"council-rsa""#))
        }
    }

    @Test func signInWithPrivateKeyJWTUsingAnES256KeyAndAnES256IDToken() async throws {
        let keys = StandInKeyGeneration.clientES256()
        try await withStandIn(clients: [.init(id: "council", keyPair: keys)]) { provider, http in
            provider.signIDTokens(with: .es256)
            let authentication = OIDCProviderConfiguration.ClientAuthentication.privateKeyJWT(
                privateKeyPEM: keys.privateKeyPEM, algorithm: .es256, keyID: nil
            )
            let client = try OIDCClient(configuration: configuration(for: provider, authentication: authentication), httpClient: http)
            let identity = try await signIn(with: client, http: http)
            #expect(identity.subject == "user-1234")
            #expect(provider.lastTokenRequest["client_assertion"] != nil)
        }
    }

    @Test func userinfoAddsTheAddressAndOnlyVerifiedClaimsArePrefilled() async throws {
        try await withStandIn(clients: [.init(id: "council", secret: "correct horse")]) { provider, http in
            provider.setUser(.init(
                subject: "resident-42", email: "unverified@example.org", emailVerified: false, name: "Morag MacLeod",
                phoneNumber: "+447700900123", phoneNumberVerified: true,
                streetAddress: "Flat 2\n14 Harbour Street\n", locality: "Stornoway", postalCode: "hs12xy"
            ))
            let client = try OIDCClient(configuration: configuration(for: provider, useUserinfo: true), httpClient: http)
            let identity = try await signIn(with: client, http: http)
            #expect(provider.counters.userinfoRequests == 1)
            #expect(identity.subject == "resident-42")
            #expect(identity.email == "unverified@example.org")
            #expect(identity.verifiedEmail == nil)
            #expect(identity.verifiedPhone == "+447700900123")
            #expect(identity.name == "Morag MacLeod")
            #expect(identity.address == PostalAddress(lines: ["Flat 2", "14 Harbour Street"], town: "Stornoway", postcode: "HS1 2XY"))
            #expect(identity.address?.answer.line2 == "14 Harbour Street")
        }
    }

    @Test func discoveryIsFetchedOnceAndCached() async throws {
        try await withStandIn(clients: [.init(id: "council", secret: "correct horse")]) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            try await signIn(with: client, http: http)
            try await signIn(with: client, http: http)
            #expect(provider.counters.discoveryRequests == 1)
            #expect(provider.counters.jwksRequests == 1)
            #expect(provider.counters.tokenRequests == 2)
        }
    }

    @Test func aKeyRotationTriggersExactlyOneJWKSRefetch() async throws {
        try await withStandIn(clients: [.init(id: "council", secret: "correct horse")]) { provider, http in
            let client = try OIDCClient(configuration: configuration(for: provider), httpClient: http)
            try await signIn(with: client, http: http)
            #expect(provider.counters.jwksRequests == 1)

            provider.rotateSigningKey()
            let identity = try await signIn(with: client, http: http)
            #expect(identity.subject == "user-1234")
            #expect(provider.counters.jwksRequests == 2)

            try await signIn(with: client, http: http)
            #expect(provider.counters.jwksRequests == 2)
        }
    }
}

extension Data {
    init?(base64URL text: some StringProtocol) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
