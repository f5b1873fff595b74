import Domain
import Foundation

extension OIDCClient {
    /// Verifies the ID token's signature against the provider's published keys and returns its claims.
    ///
    /// When the token names a key the cached set does not have, the keys are fetched again once: providers
    /// rotate keys, and the new one appears in the JWKS before it signs anything. Tokens reach this point only
    /// from the provider's own token endpoint, so no outsider can make the platform refetch at will.
    func verifiedClaims(of idToken: String, discovery: OIDCDiscovery) async throws(OIDCError) -> [String: JSONValue] {
        let header = try JOSEHeader.read(from: idToken)
        let algorithm = try header.acceptedAlgorithm()
        var keys = try await signingKeys(discovery: discovery, forceRefresh: false)
        if keys.key(for: header.kid, algorithm: algorithm) == nil {
            logger.debug("ID token names a key not in the cached JWKS; fetching the keys again")
            keys = try await signingKeys(discovery: discovery, forceRefresh: true)
        }
        guard let entry = keys.key(for: header.kid, algorithm: algorithm) else { throw .unknownKey }
        // A key of one type used with the other type's algorithm cannot have made this signature.
        guard entry.key.algorithm == algorithm else { throw .invalidSignature }
        return try await JWSVerification.verify(idToken, with: entry)
    }

    private func signingKeys(discovery: OIDCDiscovery, forceRefresh: Bool) async throws(OIDCError) -> ProviderSigningKeys {
        if !forceRefresh, let cached = await cache.keys(now: now(), maxAge: Self.metadataLifetime) { return cached }
        let reply = try await http.get(discovery.jwksURI, endpoint: "jwks")
        guard reply.isSuccess else { throw .keysUnavailable("HTTP \(reply.status)") }
        let published: ProviderSigningKeys.PublishedSet
        do {
            published = try reply.decode(ProviderSigningKeys.PublishedSet.self, what: "JWKS")
        } catch {
            throw .keysUnavailable("the JWKS is not a JSON key set")
        }
        let keys = ProviderSigningKeys(published: published)
        if keys.skipped > 0 { logger.debug("Skipped unusable keys in the JWKS", metadata: ["oidc.skipped_keys": "\(keys.skipped)"]) }
        await cache.store(keys, at: now())
        return keys
    }
}
