import AsyncHTTPClient
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Integrations
import Persistence
import Testing

/// Signing in through a stand-in OpenID Connect provider on 127.0.0.1, over real HTTP, as a citizen's browser would.
@Suite struct ProviderSignInTests {
    static let clientSecret = "stand-in client secret"

    static func configuration(_ provider: StandInOIDCProvider, audience: OIDCProviderConfiguration.Audience = .citizen) -> OIDCProviderConfiguration {
        OIDCProviderConfiguration(
            id: "stand-in", displayName: LocalisedText("Stand-in ID"), audience: audience, issuer: provider.issuer,
            clientID: "onecouncil", clientAuthentication: .clientSecretBasic(secret: clientSecret), scopes: ["openid", "email", "address"],
            useUserinfo: true
        )
    }

    /// Runs `body` with the app configured for a fresh stand-in provider, and a client that plays the browser's
    /// trip to the provider.
    static func withProvider(
        audience: OIDCProviderConfiguration.Audience = .citizen, now: @escaping @Sendable () -> Date = Date.init,
        _ body: @escaping @Sendable (BrowserSessionFactory, StandInOIDCProvider, Database) async throws -> Void
    ) async throws {
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            try await StandInOIDCProvider.with(clients: [.init(id: "onecouncil", secret: clientSecret)]) { provider in
                try await TestApp.with(now: now, identityProviders: [configuration(provider, audience: audience)]) { client, database in
                    try await body(BrowserSessionFactory(client: client, http: http), provider, database)
                }
            }
        } catch {
            try await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }

    @Test func aGoodSignInCreatesALinkedAccountAndPrefillsTheVerifiedAddress() async throws {
        try await Self.withProvider { browsers, provider, database in
            provider.setUser(.init(subject: "sub-0001", email: "Pat.Example@example.org", emailVerified: true, name: "Pat Example",
                                   streetAddress: "12 High Street", locality: "Inverness", postalCode: "iv1 1aa"))
            let browser = browsers.make()
            let signIn = try await browser.session.get("/account/sign-in")
            #expect(signIn.html.contains("Sign in with Stand-in ID"))
            let landed = try await browsers.signInAtProvider(browser)
            #expect(landed.location == "/account")
            #expect(provider.lastAuthorizationRequest["code_challenge_method"] == "S256")
            #expect(provider.lastAuthorizationRequest["ui_locales"] == "en")
            let home = try await browser.session.get("/account")
            #expect(home.status == .ok)
            #expect(home.html.contains("pat.example@example.org"))

            // The same person again: the same account, found by `sub`.
            let again = browsers.make()
            _ = try await again.session.get("/account/sign-in")
            #expect(try await browsers.signInAtProvider(again).location == "/account")
            #expect(try await database.rowCount("citizens") == 1)
            #expect(try await database.rowCount("citizen_identities") == 1)

            // The verified address fills the bulky waste form's address question.
            _ = try await browser.session.follow(try await browser.session.get("/services/bulky-waste/start"))
            let journey = try await database.journey(slug: "bulky-waste")
            #expect(journey.answersJSON.contains("12 High Street"))
            #expect(journey.answersJSON.contains("IV1 1AA"))
        }
    }

    @Test func aWrongStateEndsAtAnErrorPageWithoutASession() async throws {
        try await Self.withProvider { browsers, provider, database in
            let browser = browsers.make()
            _ = try await browser.session.get("/account/sign-in")
            let landed = try await browsers.signInAtProvider(browser) { callback in
                callback.replacingOccurrences(of: "state=", with: "state=tampered")
            }
            try await Self.expectRefused(landed, browser, database)
            // The real state cannot be used from another browser either.
            let thief = browsers.make()
            _ = try await thief.session.get("/account/sign-in")
            let stolen = try await browsers.signInAtProvider(browser, finishIn: thief)
            try await Self.expectRefused(stolen, thief, database)
        }
    }

    @Test(arguments: [
        StandInOIDCProvider.Misbehaviour.replayEarlierNonce, .signWithUnpublishedKey, .issueExpiredIDToken, .wrongAudience,
    ])
    func aBadIDTokenEndsAtAnErrorPageWithoutASession(_ misbehaviour: StandInOIDCProvider.Misbehaviour) async throws {
        try await Self.withProvider { browsers, provider, database in
            // An earlier, good sign-in gives the provider a nonce to replay.
            let earlier = browsers.make()
            _ = try await earlier.session.get("/account/sign-in")
            #expect(try await browsers.signInAtProvider(earlier).location == "/account")
            let sessionsBefore = try await database.rowCount("auth_sessions")

            provider.misbehave(misbehaviour)
            let browser = browsers.make()
            _ = try await browser.session.get("/account/sign-in")
            let landed = try await browsers.signInAtProvider(browser)
            try await Self.expectRefused(landed, browser, database)
            #expect(try await database.rowCount("auth_sessions") == sessionsBefore)
            #expect(try await database.auditActions().contains("citizen.provider-sign-in-failed"))
        }
    }

    @Test func staffLinkTheirCouncilAccountAndItReplacesOnlyThePassword() async throws {
        let clock = TestClock()
        try await Self.withProvider(audience: .staff, now: clock.closure) { browsers, provider, database in
            provider.setUser(.init(subject: "entra-object-77", email: "anna@council.example", emailVerified: false))
            _ = try await StaffFixture.create(database, "anna@council.example", .caseOfficer, service: "volunteering")
            let stranger = browsers.make()
            _ = try await stranger.session.get("/staff/sign-in")
            let unlinked = try await browsers.signInAtProvider(stranger, base: "/staff/sign-in")
            #expect(unlinked.status == .badRequest)
            #expect(unlinked.html.contains("not linked"))

            let browser = browsers.make()
            let secret = try await browser.session.enrolStaff("anna@council.example", clock: clock)
            let home = try await browser.session.get("/staff")
            #expect(home.html.contains("Link your Stand-in ID"))
            let linked = try await browsers.signInAtProvider(browser, base: "/staff/sign-in", fields: [("link", "1")])
            #expect(linked.location == "/staff?linked=1")

            let later = browsers.make()
            _ = try await later.session.get("/staff/sign-in")
            let viaProvider = try await browsers.signInAtProvider(later, base: "/staff/sign-in")
            #expect(viaProvider.location == "/staff/mfa?return=/staff", "the authenticator code is still needed")
            #expect(try await later.session.get("/backoffice").location == "/staff/sign-in?return=/backoffice")
            _ = try await later.session.follow(viaProvider)
            let done = try await later.session.post("/staff/mfa", [("code", StaffFixture.code(secret, at: clock.now)), ("return", "/staff")])
            #expect(done.location == "/staff")
            #expect(try await later.session.get("/backoffice").status == .ok)
            #expect(try await database.auditActions().contains("staff.identity-linked"))
        }
    }

    static func expectRefused(_ landed: BrowserSession.Page, _ browser: BrowserSessionFactory.Browser, _ database: Database,
                              sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(landed.status == .badRequest, sourceLocation: sourceLocation)
        #expect(landed.heading == "You have not been signed in", sourceLocation: sourceLocation)
        #expect(landed.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("oc_account=") }, sourceLocation: sourceLocation)
        #expect(try await browser.session.get("/account").isRedirect, sourceLocation: sourceLocation)
    }
}

/// Browsers that can leave the app for the provider and come back.
struct BrowserSessionFactory: Sendable {
    let client: any TestClientProtocol
    let http: HTTPClient

    struct Browser: Sendable {
        let session: BrowserSession
    }

    func make() -> Browser { Browser(session: BrowserSession(client)) }

    /// Presses "Sign in with Stand-in ID", follows the provider's redirect over real HTTP, and opens the callback
    /// (optionally altered, optionally in another browser). Returns the callback's response.
    func signInAtProvider(
        _ browser: Browser, finishIn other: Browser? = nil, base: String = "/account/sign-in", fields: [(String, String)]? = nil,
        alter: (String) -> String = { $0 }
    ) async throws -> BrowserSession.Page {
        let begun = try await browser.session.post("\(base)/stand-in", fields ?? [("return", base == "/account/sign-in" ? "/account" : "/staff")])
        #expect(begun.status == .seeOther)
        let authorize = try #require(begun.location)
        let response = try await http.execute(HTTPClientRequest(url: authorize), timeout: .seconds(5))
        _ = try await response.body.collect(upTo: 64 * 1024)
        let callback = try #require(response.headers.first(name: "Location"))
        let path = try #require(callback.range(of: "\(base)/stand-in/callback").map { String(callback[$0.lowerBound...]) })
        return try await (other ?? browser).session.get(alter(path))
    }
}
