import Crypto
import Foundation

/// Unguessable values for `state`, `nonce`, PKCE verifiers and JWT ids.
enum SecureRandom {
    /// 32 bytes from the system's cryptographic generator, base64url-encoded (43 characters).
    static func token(byteCount: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Base64URL.encode(bytes)
    }
}

/// PKCE with the S256 method (RFC 7636 §4.2).
public enum PKCE {
    /// `BASE64URL(SHA256(ASCII(code_verifier)))`.
    public static func challenge(for verifier: String) -> String {
        Base64URL.encode(SHA256.hash(data: Data(verifier.utf8)))
    }
}

/// Compares secrets without returning early at the first differing byte, so timing does not reveal how much matched.
enum ConstantTime {
    static func equals(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        // The length of a state or nonce is not secret: every one the platform makes has the same length.
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
