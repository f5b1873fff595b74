import CouncilTestSupport
import Foundation
import Integrations
import Testing

/// The identity providers file: a good file becomes configurations; a bad one reports every problem with its place.
@Suite struct IdentityProvidersFileTests {
    /// A folder with the file and its key files, removed afterwards.
    func withConfigFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("idp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("keys"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    static let goodFile = """
        format: 1
        providers:
          - id: scotaccount
            display_name: ScotAccount
            audience: citizen
            issuer: https://authz.integration.scotaccount.service.gov.scot
            client_id: onecouncil-integration
            client_authentication:
              method: private_key_jwt
              private_key_file: keys/scotaccount-es256.pem
              algorithm: ES256
              key_id: council-2026-01
            scopes: [openid, scotaccount.email, scotaccount.address]
          - id: gov-uk-one-login
            display_name:
              en: GOV.UK One Login
              gd: GOV.UK One Login
            audience: citizen
            issuer: https://oidc.integration.account.gov.uk/
            client_id: YOUR_CLIENT_ID
            client_authentication:
              method: private_key_jwt
              private_key_file: keys/one-login-rs256.pem
              algorithm: RS256
            scopes: [openid, email, phone]
            userinfo: true
            authorization_parameters:
              vtr: '["Cl.Cm"]'
          - id: entra
            display_name: Council staff account
            audience: staff
            issuer: https://login.microsoftonline.com/4a9a6c2e-7a51-4c1d-9f0e-2b7f5d3c1a00/v2.0
            client_id: 0f2c5d8e-1b3a-4c6d-8e9f-a1b2c3d4e5f6
            client_authentication:
              method: client_secret_basic
              client_secret_env: ONECOUNCIL_ENTRA_CLIENT_SECRET
            scopes: [openid, email, profile]
            redirect_uri: https://staff.council.example/staff/sign-in/entra/callback

        """

    @Test func aGoodFileLoadsEveryProviderWithItsSecretsFromOutsideTheFile() throws {
        try withConfigFolder { folder in
            let es256 = StandInKeyGeneration.clientES256()
            try es256.privateKeyPEM.write(to: folder.appendingPathComponent("keys/scotaccount-es256.pem"), atomically: true, encoding: .utf8)
            try StandInKeyGeneration.clientRS256.privateKeyPEM.write(
                to: folder.appendingPathComponent("keys/one-login-rs256.pem"), atomically: true, encoding: .utf8
            )
            let path = folder.appendingPathComponent("identity-providers.yaml").path
            try Self.goodFile.write(toFile: path, atomically: true, encoding: .utf8)

            let providers = try IdentityProvidersFile.load(path: path, environment: ["ONECOUNCIL_ENTRA_CLIENT_SECRET": "s3cret-from-env"])
            #expect(providers.map(\.id) == ["scotaccount", "gov-uk-one-login", "entra"])

            let scot = providers[0]
            #expect(scot.displayName.english == "ScotAccount")
            #expect(scot.audience == .citizen)
            #expect(scot.issuer == "https://authz.integration.scotaccount.service.gov.scot")
            #expect(scot.clientAuthentication == .privateKeyJWT(privateKeyPEM: es256.privateKeyPEM, algorithm: .es256, keyID: "council-2026-01"))
            #expect(scot.scopes == ["openid", "scotaccount.email", "scotaccount.address"])
            #expect(scot.useUserinfo == false)

            let oneLogin = providers[1]
            #expect(oneLogin.displayName.text(.gd) == "GOV.UK One Login")
            #expect(oneLogin.issuer == "https://oidc.integration.account.gov.uk/")
            #expect(oneLogin.useUserinfo)
            #expect(oneLogin.extraAuthorizationParameters == ["vtr": #"["Cl.Cm"]"#])
            guard case .privateKeyJWT(_, .rs256, nil) = oneLogin.clientAuthentication else {
                Issue.record("One Login should use private_key_jwt with RS256")
                return
            }

            let entra = providers[2]
            #expect(entra.audience == .staff)
            #expect(entra.clientAuthentication == .clientSecretBasic(secret: "s3cret-from-env"))
            #expect(entra.redirectURI == "https://staff.council.example/staff/sign-in/entra/callback")
            #expect(!"\(entra.clientAuthentication)".contains("s3cret"))
        }
    }

    @Test func aBadFileReportsEveryProblemWithFileLineAndColumn() throws {
        let yaml = """
            format: 1
            providers:
              - id: ScotAccount
                display_name: ScotAccount
                audience: residents
                issuer: http://authz.example.org
                client_authentication:
                  method: client_secret_basic
                  client_secret: hunter2
                scopes: [email]
                colour: blue
                authorization_parameters:
                  state: fixed

            """
        let error = try #require(throws: IdentityProvidersFileError.self) {
            try IdentityProvidersFile.parse(yaml: yaml, fileName: "idp.yaml", directory: "/nowhere", environment: [:])
        }
        #expect(error.problems == [
            "idp.yaml:3:5: provider is missing client_id",
            "idp.yaml:3:9: id must be 2 to 40 lower-case letters, digits and hyphens, like scotaccount",
            "idp.yaml:5:15: audience must be citizen or staff",
            "idp.yaml:6:13: issuer must be an https URL without a query or fragment, like https://oidc.account.gov.uk/ (http is allowed only for 127.0.0.1 or localhost)",
            "idp.yaml:8:7: client_authentication is missing client_secret_env",
            "idp.yaml:9:7: unknown key client_secret in client_authentication (allowed: method, client_secret_env)",
            "idp.yaml:10:13: scopes must include openid",
            "idp.yaml:11:5: unknown key colour in provider (allowed: id, display_name, audience, issuer, client_id, client_authentication, scopes, userinfo, redirect_uri, authorization_parameters)",
            "idp.yaml:13:7: authorization_parameters cannot set state: the platform sets it for every sign-in",
        ])
    }

    @Test func aMissingEnvironmentVariableIsReportedWhereItIsNamed() throws {
        try withConfigFolder { folder in
            let path = folder.appendingPathComponent("identity-providers.yaml").path
            try Self.goodFile.write(toFile: path, atomically: true, encoding: .utf8)
            let error = try #require(throws: IdentityProvidersFileError.self) {
                try IdentityProvidersFile.load(path: path, environment: [:])
            }
            // The key files are missing too: every problem comes at once.
            #expect(error.problems == [
                "\(path):10:25: cannot read the private key file \(folder.path)/keys/scotaccount-es256.pem",
                "\(path):23:25: cannot read the private key file \(folder.path)/keys/one-login-rs256.pem",
                "\(path):36:26: environment variable ONECOUNCIL_ENTRA_CLIENT_SECRET is not set (client_secret_env)",
            ])
        }
    }

    @Test func aKeyOfTheWrongKindIsReported() throws {
        try withConfigFolder { folder in
            try StandInKeyGeneration.clientES256().privateKeyPEM.write(
                to: folder.appendingPathComponent("keys/scotaccount-es256.pem"), atomically: true, encoding: .utf8
            )
            // An EC key where the file says RS256.
            try StandInKeyGeneration.clientES256().privateKeyPEM.write(
                to: folder.appendingPathComponent("keys/one-login-rs256.pem"), atomically: true, encoding: .utf8
            )
            let path = folder.appendingPathComponent("identity-providers.yaml").path
            try Self.goodFile.write(toFile: path, atomically: true, encoding: .utf8)
            let error = try #require(throws: IdentityProvidersFileError.self) {
                try IdentityProvidersFile.load(path: path, environment: ["ONECOUNCIL_ENTRA_CLIENT_SECRET": "x"])
            }
            #expect(error.problems == [
                "\(path):23:25: keys/one-login-rs256.pem: the private key is not an RSA private key in PEM form (2048 bits or more) for RS256",
            ])
        }
    }

    @Test func anUnreadableFileAndBrokenYAMLAreReported() throws {
        let missing = try #require(throws: IdentityProvidersFileError.self) {
            try IdentityProvidersFile.load(path: "/no/such/identity-providers.yaml", environment: [:])
        }
        #expect(missing.problems == ["/no/such/identity-providers.yaml:1:1: cannot read the identity providers file"])

        let broken = try #require(throws: IdentityProvidersFileError.self) {
            try IdentityProvidersFile.parse(yaml: "format: 1\nproviders: [\n", fileName: "idp.yaml", directory: "/", environment: [:])
        }
        #expect(broken.problems.count == 1)
        #expect(broken.problems.first?.hasPrefix("idp.yaml:3:") == true)
        #expect(broken.problems.first?.contains("YAML syntax error") == true)
    }
}
