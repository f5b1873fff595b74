import AsyncHTTPClient
import Logging

/// Every configured provider's client, made once at start-up and looked up by id from the sign-in routes.
public struct IdentityProviders: Sendable {
    public let clients: [OIDCClient]

    /// - Throws: `OIDCError.invalidConfiguration` naming the provider whose key cannot be used.
    public init(configurations: [OIDCProviderConfiguration], httpClient: HTTPClient, logger: Logger = Logger(label: "onecouncil.oidc")) throws(OIDCError) {
        var clients: [OIDCClient] = []
        for configuration in configurations {
            do {
                clients.append(try OIDCClient(configuration: configuration, httpClient: httpClient, logger: logger))
            } catch {
                throw .invalidConfiguration("\(configuration.id): \(error.logDescription)")
            }
        }
        self.clients = clients
    }

    /// The client for the provider with this id (the `{provider}` of `/account/sign-in/{provider}`).
    public func client(id: String) -> OIDCClient? {
        clients.first { $0.configuration.id == id }
    }

    /// The providers one sign-in page offers, in file order.
    public func configurations(for audience: OIDCProviderConfiguration.Audience) -> [OIDCProviderConfiguration] {
        clients.map(\.configuration).filter { $0.audience == audience }
    }
}
