import Foundation

/// The discovery document and signing keys of one provider, kept for a while so a sign-in does not
/// cost two extra round trips. Shared by every sign-in through the same `OIDCClient`.
actor ProviderMetadataCache {
    private var discovery: (value: OIDCDiscovery, fetchedAt: Date)?
    private var keys: (value: ProviderSigningKeys, fetchedAt: Date)?

    func discovery(now: Date, maxAge: TimeInterval) -> OIDCDiscovery? {
        guard let discovery, now.timeIntervalSince(discovery.fetchedAt) < maxAge else { return nil }
        return discovery.value
    }

    func store(_ value: OIDCDiscovery, at now: Date) {
        discovery = (value, now)
    }

    func keys(now: Date, maxAge: TimeInterval) -> ProviderSigningKeys? {
        guard let keys, now.timeIntervalSince(keys.fetchedAt) < maxAge else { return nil }
        return keys.value
    }

    func store(_ value: ProviderSigningKeys, at now: Date) {
        keys = (value, now)
    }
}
