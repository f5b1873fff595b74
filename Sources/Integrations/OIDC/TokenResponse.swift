/// The token endpoint's success response (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3).
struct TokenResponse: Decodable {
    var accessToken: String?
    var tokenType: String?
    var idToken: String?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case idToken = "id_token"
    }
}

/// The token endpoint's error response (RFC 6749 §5.2).
struct TokenErrorResponse: Decodable {
    var error: String
}
