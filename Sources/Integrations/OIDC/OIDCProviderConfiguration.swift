import Domain

/// One OpenID Connect provider the council lets people sign in with, as read from the identity providers file.
public struct OIDCProviderConfiguration: Sendable, Equatable {
    /// Which sign-in page offers the provider.
    public enum Audience: String, Sendable, Equatable, CaseIterable {
        /// Residents and businesses: the MyAccount sign-in page.
        case citizen
        /// Council staff: the back-office sign-in page.
        case staff
    }

    /// Algorithms the platform signs `private_key_jwt` client assertions with.
    public enum SigningAlgorithm: String, Sendable, Equatable, CaseIterable {
        case rs256 = "RS256"
        case es256 = "ES256"
    }

    /// How the platform proves who it is at the provider's token endpoint.
    public enum ClientAuthentication: Sendable, Equatable {
        /// HTTP Basic with the client id and a shared secret (RFC 6749 §2.3.1).
        case clientSecretBasic(secret: String)
        /// A JWT signed with the platform's private key (OpenID Connect Core §9, RFC 7523).
        case privateKeyJWT(privateKeyPEM: String, algorithm: SigningAlgorithm, keyID: String?)

        /// The method's name as OpenID Connect spells it, safe for logs.
        public var methodName: String {
            switch self {
            case .clientSecretBasic: "client_secret_basic"
            case .privateKeyJWT: "private_key_jwt"
            }
        }
    }

    /// A short slug used in URLs (`/account/sign-in/{id}`) and to link accounts, like `scotaccount`.
    public var id: String
    public var displayName: LocalisedText
    public var audience: Audience
    /// The issuer identifier exactly as the provider publishes it (trailing slash and all).
    public var issuer: String
    public var clientID: String
    public var clientAuthentication: ClientAuthentication
    public var scopes: [String]
    /// Whether to call the userinfo endpoint after the token exchange for more claims.
    public var useUserinfo: Bool
    /// When set, used instead of the redirect URI the web layer computes (for example behind a proxy).
    public var redirectURI: String?
    /// Extra query parameters some providers need on the authorization request, like GOV.UK One Login's `vtr`.
    public var extraAuthorizationParameters: [String: String]

    public init(
        id: String,
        displayName: LocalisedText,
        audience: Audience,
        issuer: String,
        clientID: String,
        clientAuthentication: ClientAuthentication,
        scopes: [String] = ["openid", "email"],
        useUserinfo: Bool = false,
        redirectURI: String? = nil,
        extraAuthorizationParameters: [String: String] = [:]
    ) {
        self.id = id
        self.displayName = displayName
        self.audience = audience
        self.issuer = issuer
        self.clientID = clientID
        self.clientAuthentication = clientAuthentication
        self.scopes = scopes
        self.useUserinfo = useUserinfo
        self.redirectURI = redirectURI
        self.extraAuthorizationParameters = extraAuthorizationParameters
    }
}

/// Keeps secrets and private keys out of logs and test output when a configuration is printed.
extension OIDCProviderConfiguration.ClientAuthentication: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String {
        switch self {
        case .clientSecretBasic: "client_secret_basic(secret: <redacted>)"
        case .privateKeyJWT(_, let algorithm, let keyID):
            "private_key_jwt(privateKeyPEM: <redacted>, algorithm: \(algorithm.rawValue), keyID: \(keyID ?? "none"))"
        }
    }

    public var debugDescription: String { description }
}
