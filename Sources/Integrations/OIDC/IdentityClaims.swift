import Foundation
import Domain

/// Turns checked claims into a `VerifiedIdentity`, reading only the standard claims (OpenID Connect Core §5.1).
enum IdentityClaims {
    static func identity(providerID: String, subject: String, claims: [String: JSONValue]) -> VerifiedIdentity {
        VerifiedIdentity(
            providerID: providerID,
            subject: subject,
            email: text(claims["email"]),
            emailVerified: flag(claims["email_verified"]),
            name: text(claims["name"]) ?? joinedName(claims),
            phone: text(claims["phone_number"]),
            phoneVerified: flag(claims["phone_number_verified"]),
            address: claims["address"].flatMap(address),
            claimNames: claims.keys.sorted()
        )
    }

    /// Only a JSON `true` counts (some providers send the string "true", which OpenID Connect does not allow; it is read too).
    private static func flag(_ value: JSONValue?) -> Bool {
        switch value {
        case .bool(let flag): flag
        case .string(let text): text == "true"
        default: false
        }
    }

    private static func text(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    private static func joinedName(_ claims: [String: JSONValue]) -> String? {
        let parts = [text(claims["given_name"]), text(claims["family_name"])].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private static func address(_ value: JSONValue) -> PostalAddress? {
        guard let object = value.objectValue else { return nil }
        let lines = (text(object["street_address"]) ?? "")
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let town = text(object["locality"])
        let postcode = text(object["postal_code"]).map { QuestionValidator.normalisedPostcode($0) ?? $0 }
        guard !lines.isEmpty || town != nil || postcode != nil else { return nil }
        return PostalAddress(lines: lines, town: town, postcode: postcode)
    }
}
