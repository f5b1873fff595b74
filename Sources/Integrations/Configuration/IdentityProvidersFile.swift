import Domain
import Foundation
import Yams

/// Reads the identity providers file: which OpenID Connect providers people can sign in with.
///
/// Secrets never live in the file: a client secret is named by the environment variable that holds it
/// (`client_secret_env`), and a private key by the PEM file that holds it (`private_key_file`, relative to
/// the providers file). Every problem is reported at once, as `FILE:LINE:COLUMN: message`.
public enum IdentityProvidersFile {
    public static let topLevelKeys = ["format", "providers"]
    public static let providerKeys = [
        "id", "display_name", "audience", "issuer", "client_id", "client_authentication", "scopes", "userinfo",
        "redirect_uri", "authorization_parameters",
    ]
    public static let clientSecretBasicKeys = ["method", "client_secret_env"]
    public static let privateKeyJWTKeys = ["method", "private_key_file", "algorithm", "key_id"]
    /// Parameters the relying party sets itself, which `authorization_parameters` may not override.
    public static let reservedAuthorizationParameters: Set<String> = [
        "response_type", "client_id", "redirect_uri", "scope", "state", "nonce", "code_challenge",
        "code_challenge_method", "ui_locales", "request", "request_uri", "response_mode",
    ]

    public static func load(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(IdentityProvidersFileError) -> [OIDCProviderConfiguration] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw IdentityProvidersFileError(problems: ["\(path):1:1: cannot read the identity providers file"])
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(yaml: text, fileName: path, directory: directory, environment: environment)
    }

    /// Parses the YAML of an identity providers file; `directory` is where relative key file paths start.
    public static func parse(yaml: String, fileName: String, directory: String, environment: [String: String]) throws(IdentityProvidersFileError) -> [OIDCProviderConfiguration] {
        var parser = IdentityProvidersParser(directory: directory, environment: environment)
        let providers = parser.parseDocument(yaml)
        let problems = parser.reader.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard problems.isEmpty else {
            throw IdentityProvidersFileError(problems: problems.map { "\(fileName):\($0.line):\($0.column): \($0.message)" })
        }
        return providers
    }
}

/// The parser behind `IdentityProvidersFile`; one per file.
struct IdentityProvidersParser {
    var reader = YAMLReader()
    let directory: String
    let environment: [String: String]
    private var seenIDs: [String: Int] = [:]

    init(directory: String, environment: [String: String]) {
        self.directory = directory
        self.environment = environment
    }

    mutating func parseDocument(_ yaml: String) -> [OIDCProviderConfiguration] {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                reader.report(at: nil, "the file is empty: it needs format: 1 and a providers list")
                return []
            }
            root = node
        } catch let error as YamlError {
            reader.report(error)
            return []
        } catch {
            reader.report(at: nil, "could not read the YAML")
            return []
        }
        guard let map = reader.mapping(root, "the identity providers file") else { return [] }
        let top = YAMLReader.Keys(map, node: root, context: "the identity providers file")
        reader.checkKeys(top, allowed: IdentityProvidersFile.topLevelKeys)
        if let format = top["format"] {
            if format.string != "1" { reader.report(at: format, "format must be 1 (the only version of the format so far)") }
        } else {
            reader.reportMissing("format", in: top)
        }
        guard let providersNode = top["providers"] else {
            reader.reportMissing("providers", in: top)
            return []
        }
        guard let list = reader.sequence(providersNode, "providers") else { return [] }
        return list.compactMap { parseProvider($0) }
    }

    private mutating func parseProvider(_ node: Node) -> OIDCProviderConfiguration? {
        guard let map = reader.mapping(node, "a provider") else { return nil }
        let keys = YAMLReader.Keys(map, node: node, context: "provider")
        reader.checkKeys(keys, allowed: IdentityProvidersFile.providerKeys)

        let id = reader.requiredString(keys, "id")
        if let id, let idNode = keys["id"] {
            if id.range(of: "^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$", options: .regularExpression) == nil {
                reader.report(at: idNode, "id must be 2 to 40 lower-case letters, digits and hyphens, like scotaccount")
            } else if let earlier = seenIDs[id] {
                reader.report(at: idNode, "provider id \(id) is used twice (first at line \(earlier))")
            } else {
                seenIDs[id] = idNode.mark?.line ?? 0
            }
        }
        let displayName = parseDisplayName(keys)
        let audience = parseAudience(keys)
        let issuer = reader.requiredString(keys, "issuer")
        if let issuer, let node = keys["issuer"], !Self.isIssuer(issuer) {
            reader.report(at: node, "issuer must be an https URL without a query or fragment, like https://oidc.account.gov.uk/ (http is allowed only for 127.0.0.1 or localhost)")
        }
        let clientID = reader.requiredString(keys, "client_id")
        let authentication = parseClientAuthentication(keys)
        let scopes = parseScopes(keys)
        var useUserinfo = false
        if let node = keys["userinfo"], let flag = reader.boolean(node, "userinfo") { useUserinfo = flag }
        var redirectURI: String?
        if let node = keys["redirect_uri"], let uri = reader.string(node, "redirect_uri") {
            if EndpointURL.isAcceptable(uri) {
                redirectURI = uri
            } else {
                reader.report(at: node, "redirect_uri must be an https URL (http is allowed only for 127.0.0.1 or localhost)")
            }
        }
        let extraParameters = parseAuthorizationParameters(keys)

        guard let id, let displayName, let audience, let issuer, let clientID, let authentication, let scopes else { return nil }
        return OIDCProviderConfiguration(
            id: id, displayName: displayName, audience: audience, issuer: issuer, clientID: clientID,
            clientAuthentication: authentication, scopes: scopes, useUserinfo: useUserinfo, redirectURI: redirectURI,
            extraAuthorizationParameters: extraParameters
        )
    }

    static func isIssuer(_ text: String) -> Bool {
        guard EndpointURL.isAcceptable(text), let components = URLComponents(string: text) else { return false }
        return components.query == nil
    }

    private mutating func parseDisplayName(_ keys: YAMLReader.Keys) -> LocalisedText? {
        guard let node = keys["display_name"] else {
            reader.reportMissing("display_name", in: keys)
            return nil
        }
        if case .scalar = node { return reader.string(node, "display_name").map { LocalisedText($0) } }
        guard let map = reader.mapping(node, "display_name") else { return nil }
        let names = YAMLReader.Keys(map, node: node, context: "display_name")
        reader.checkKeys(names, allowed: ["en", "gd"])
        guard let english = reader.requiredString(names, "en") else { return nil }
        let gaelic = names["gd"].flatMap { reader.string($0, "gd") }
        return LocalisedText(english, gaelic: gaelic)
    }

    private mutating func parseAudience(_ keys: YAMLReader.Keys) -> OIDCProviderConfiguration.Audience? {
        guard let text = reader.requiredString(keys, "audience") else { return nil }
        guard let audience = OIDCProviderConfiguration.Audience(rawValue: text) else {
            reader.report(at: keys["audience"], "audience must be citizen or staff")
            return nil
        }
        return audience
    }

    private mutating func parseScopes(_ keys: YAMLReader.Keys) -> [String]? {
        guard let node = keys["scopes"] else { return ["openid", "email"] }
        guard let list = reader.sequence(node, "scopes") else { return nil }
        var scopes: [String] = []
        for item in list {
            guard let scope = reader.string(item, "a scope") else { continue }
            // RFC 6749 §3.3: printable ASCII except space, double quote and backslash.
            if scope.range(of: #"^[\x21\x23-\x5B\x5D-\x7E]+$"#, options: .regularExpression) == nil {
                reader.report(at: item, "scope \(scope) has a character a scope cannot have (spaces go between list items)")
            }
            scopes.append(scope)
        }
        guard scopes.contains("openid") else {
            reader.report(at: node, "scopes must include openid")
            return nil
        }
        return scopes
    }

    private mutating func parseAuthorizationParameters(_ keys: YAMLReader.Keys) -> [String: String] {
        guard let node = keys["authorization_parameters"], let map = reader.mapping(node, "authorization_parameters") else { return [:] }
        var parameters: [String: String] = [:]
        for (keyNode, valueNode) in map {
            guard let name = reader.string(keyNode, "a parameter name"), let value = reader.string(valueNode, name) else { continue }
            if IdentityProvidersFile.reservedAuthorizationParameters.contains(name) {
                reader.report(at: keyNode, "authorization_parameters cannot set \(name): the platform sets it for every sign-in")
            } else {
                parameters[name] = value
            }
        }
        return parameters
    }
}
