import JWTKit

/// The keys a provider publishes at its `jwks_uri`, reduced to the ones that can verify ID tokens here:
/// RSA keys for RS256 and P-256 keys for ES256. Other keys (encryption keys, other curves) are skipped.
struct ProviderSigningKeys: Sendable {
    enum Key: Sendable {
        case rsa(Insecure.RSA.PublicKey)
        case p256(ES256PublicKey)

        var algorithm: OIDCProviderConfiguration.SigningAlgorithm {
            switch self {
            case .rsa: .rs256
            case .p256: .es256
            }
        }
    }

    struct Entry: Sendable {
        var keyID: String?
        var key: Key
    }

    var entries: [Entry]
    /// How many published keys were skipped as unusable, for the log.
    var skipped: Int

    /// One JWK as published; every member optional so one odd key does not spoil the set.
    struct PublishedKey: Decodable {
        var kty: String?
        var kid: String?
        var alg: String?
        var use: String?
        var n: String?
        var e: String?
        var crv: String?
        var x: String?
        var y: String?
    }

    struct PublishedSet: Decodable {
        var keys: [PublishedKey]
    }

    init(published: PublishedSet) {
        var entries: [Entry] = []
        var skipped = 0
        for jwk in published.keys {
            if let key = Self.key(from: jwk) {
                entries.append(Entry(keyID: jwk.kid, key: key))
            } else {
                skipped += 1
            }
        }
        self.entries = entries
        self.skipped = skipped
    }

    private static func key(from jwk: PublishedKey) -> Key? {
        guard jwk.use == nil || jwk.use == "sig" else { return nil }
        switch jwk.kty {
        case "RSA":
            guard jwk.alg == nil || jwk.alg == "RS256", let n = jwk.n, let e = jwk.e,
                  let key = try? Insecure.RSA.PublicKey(modulus: n, exponent: e) else { return nil }
            return .rsa(key)
        case "EC":
            guard jwk.alg == nil || jwk.alg == "ES256", jwk.crv == "P-256", let x = jwk.x, let y = jwk.y,
                  let key = try? ES256PublicKey(parameters: (x, y)) else { return nil }
            return .p256(key)
        default:
            return nil
        }
    }

    /// The key to verify a token with, or nil when the set has no such key.
    ///
    /// With a `kid`, only a key with that id will do. Without one, the set must hold exactly one key for
    /// the algorithm (OpenID Connect Core §10.1 requires a `kid` when there are several).
    func key(for keyID: String?, algorithm: OIDCProviderConfiguration.SigningAlgorithm) -> Entry? {
        if let keyID {
            return entries.first { $0.keyID == keyID }
        }
        let candidates = entries.filter { $0.key.algorithm == algorithm }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
