import Domain
import Foundation

/// The person a provider vouched for, after every check on the ID token (and userinfo) has passed.
///
/// Link accounts by `(providerID, subject)` only: email addresses change hands, subjects do not.
public struct VerifiedIdentity: Sendable, Equatable {
    public var providerID: String
    /// The provider's `sub`: stable and unique for this person at this provider (often pairwise per service).
    public var subject: String
    /// The email address the provider sent, verified or not; check `emailVerified` before trusting it.
    public var email: String?
    /// True only when the provider said `email_verified: true`.
    public var emailVerified: Bool
    public var name: String?
    public var phone: String?
    /// True only when the provider said `phone_number_verified: true`.
    public var phoneVerified: Bool
    /// The address from the standard `address` claim, when the provider sent one.
    public var address: PostalAddress?
    /// Names of every claim received (ID token and userinfo), sorted: enough for an audit trail without personal data.
    public var claimNames: [String]

    public init(
        providerID: String, subject: String, email: String? = nil, emailVerified: Bool = false, name: String? = nil,
        phone: String? = nil, phoneVerified: Bool = false, address: PostalAddress? = nil, claimNames: [String] = []
    ) {
        self.providerID = providerID
        self.subject = subject
        self.email = email
        self.emailVerified = emailVerified
        self.name = name
        self.phone = phone
        self.phoneVerified = phoneVerified
        self.address = address
        self.claimNames = claimNames
    }

    /// The email to pre-fill an answer with: only a verified one.
    public var verifiedEmail: String? { emailVerified ? email : nil }
    /// The phone number to pre-fill an answer with: only a verified one.
    public var verifiedPhone: String? { phoneVerified ? phone : nil }
}

/// A postal address from the OpenID Connect `address` claim (OpenID Connect Core §5.1.1).
public struct PostalAddress: Sendable, Equatable {
    /// `street_address` split on its newlines, blank lines dropped.
    public var lines: [String]
    /// `locality`.
    public var town: String?
    /// `postal_code`, tidied to the usual `AB1 2CD` form when it is a valid UK postcode.
    public var postcode: String?

    public init(lines: [String], town: String?, postcode: String?) {
        self.lines = lines
        self.town = town
        self.postcode = postcode
    }

    /// The address as an answer to an `address` question: the first line, the rest joined as line 2.
    public var answer: Address {
        Address(
            line1: lines.first ?? "",
            line2: lines.dropFirst().joined(separator: ", "),
            town: town ?? "",
            postcode: postcode ?? ""
        )
    }
}
