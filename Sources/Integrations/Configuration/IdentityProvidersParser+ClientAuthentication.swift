import Foundation
import Yams

extension IdentityProvidersParser {
    /// `client_authentication`: a method and where its secret lives, never the secret itself.
    mutating func parseClientAuthentication(_ keys: YAMLReader.Keys) -> OIDCProviderConfiguration.ClientAuthentication? {
        guard let node = keys["client_authentication"] else {
            reader.reportMissing("client_authentication", in: keys)
            return nil
        }
        guard let map = reader.mapping(node, "client_authentication") else { return nil }
        let auth = YAMLReader.Keys(map, node: node, context: "client_authentication")
        guard let method = reader.requiredString(auth, "method") else { return nil }
        switch method {
        case "client_secret_basic":
            reader.checkKeys(auth, allowed: IdentityProvidersFile.clientSecretBasicKeys)
            return clientSecret(auth).map { .clientSecretBasic(secret: $0) }
        case "private_key_jwt":
            reader.checkKeys(auth, allowed: IdentityProvidersFile.privateKeyJWTKeys)
            return privateKey(auth)
        default:
            reader.report(at: auth["method"], "method must be client_secret_basic or private_key_jwt")
            return nil
        }
    }

    private mutating func clientSecret(_ auth: YAMLReader.Keys) -> String? {
        guard let name = reader.requiredString(auth, "client_secret_env") else { return nil }
        guard name.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil else {
            reader.report(at: auth["client_secret_env"], "client_secret_env must be the name of an environment variable, like ONECOUNCIL_ENTRA_CLIENT_SECRET, not the secret itself")
            return nil
        }
        guard let secret = environment[name], !secret.isEmpty else {
            reader.report(at: auth["client_secret_env"], "environment variable \(name) is not set (client_secret_env)")
            return nil
        }
        return secret
    }

    private mutating func privateKey(_ auth: YAMLReader.Keys) -> OIDCProviderConfiguration.ClientAuthentication? {
        var algorithm: OIDCProviderConfiguration.SigningAlgorithm?
        if let text = reader.requiredString(auth, "algorithm") {
            algorithm = OIDCProviderConfiguration.SigningAlgorithm(rawValue: text)
            if algorithm == nil { reader.report(at: auth["algorithm"], "algorithm must be RS256 or ES256") }
        }
        let keyID = auth["key_id"].flatMap { reader.string($0, "key_id") }
        guard let path = reader.requiredString(auth, "private_key_file") else { return nil }
        let fullPath = path.hasPrefix("/") ? path : URL(fileURLWithPath: directory).appendingPathComponent(path).path
        guard let pem = try? String(contentsOfFile: fullPath, encoding: .utf8) else {
            reader.report(at: auth["private_key_file"], "cannot read the private key file \(fullPath)")
            return nil
        }
        guard let algorithm else { return nil }
        do {
            _ = try ClientCredentials.signingKey(pem: pem, algorithm: algorithm)
        } catch {
            if case .invalidConfiguration(let message) = error {
                reader.report(at: auth["private_key_file"], "\(path): \(message) for \(algorithm.rawValue)")
            }
            return nil
        }
        return .privateKeyJWT(privateKeyPEM: pem, algorithm: algorithm, keyID: keyID)
    }
}
