import Domain
import Foundation
@testable import Integrations
import Testing

/// The claim rules the stand-in cannot easily reach: several audiences with `azp`, and the clock allowance.
@Suite struct IDTokenClaimsCheckTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    var check: IDTokenClaimsCheck { IDTokenClaimsCheck(issuer: "https://idp.example", clientID: "council", nonce: "n-123", now: now) }

    func claims(_ changes: [String: JSONValue] = [:], removing removed: [String] = []) -> [String: JSONValue] {
        var claims: [String: JSONValue] = [
            "iss": .string("https://idp.example"), "sub": .string("person-1"), "aud": .string("council"),
            "exp": .number(now.timeIntervalSince1970 + 300), "iat": .number(now.timeIntervalSince1970), "nonce": .string("n-123"),
        ]
        claims.merge(changes) { _, new in new }
        for name in removed { claims[name] = nil }
        return claims
    }

    @Test func severalAudiencesNeedAnAzpNamingThisClient() throws {
        let both = JSONValue.array([.string("council"), .string("other-api")])
        #expect(throws: OIDCError.wrongAudience) { try check.validate(claims(["aud": both])) }
        #expect(throws: OIDCError.wrongAudience) { try check.validate(claims(["aud": both, "azp": .string("other-api")])) }
        #expect(try check.validate(claims(["aud": both, "azp": .string("council")])) == "person-1")
        #expect(throws: OIDCError.wrongAudience) { try check.validate(claims(["aud": .array([.string("other-api")])])) }
    }

    @Test func clocksMayDifferByAMinuteButNoMore() throws {
        let t = now.timeIntervalSince1970
        #expect(try check.validate(claims(["exp": .number(t - 30)])) == "person-1")
        #expect(throws: OIDCError.expired) { try check.validate(claims(["exp": .number(t - 61)])) }
        #expect(try check.validate(claims(["iat": .number(t + 30)])) == "person-1")
        #expect(throws: OIDCError.notYetValid) { try check.validate(claims(["iat": .number(t + 120)])) }
        #expect(throws: OIDCError.notYetValid) { try check.validate(claims(["nbf": .number(t + 120)])) }
    }

    @Test func missingClaimsAreRejected() {
        #expect(throws: OIDCError.nonceMismatch) { try check.validate(claims(removing: ["nonce"])) }
        #expect(throws: OIDCError.malformedResponse("ID token has no exp")) { try check.validate(claims(removing: ["exp"])) }
        #expect(throws: OIDCError.malformedResponse("ID token has no usable sub")) { try check.validate(claims(["sub": .string("")])) }
    }

    @Test func headersWithNoneHMACOrCriticalExtensionsAreRefused() throws {
        func token(_ header: String) -> String { Base64URL.encode(Array(header.utf8)) + ".e30.sig" }
        #expect(throws: OIDCError.unsupportedAlgorithm("none")) { try JOSEHeader.read(from: token(#"{"alg":"none"}"#)).acceptedAlgorithm() }
        #expect(throws: OIDCError.unsupportedAlgorithm("HS256")) { try JOSEHeader.read(from: token(#"{"alg":"HS256"}"#)).acceptedAlgorithm() }
        #expect(throws: OIDCError.malformedResponse("ID token header has critical extensions")) {
            try JOSEHeader.read(from: token(#"{"alg":"RS256","crit":["exp"]}"#)).acceptedAlgorithm()
        }
        #expect(try JOSEHeader.read(from: token(#"{"alg":"ES256","kid":"k1"}"#)).acceptedAlgorithm() == .es256)
    }
}
