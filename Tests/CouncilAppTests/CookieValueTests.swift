@testable import CouncilApp
import Hummingbird
import Testing

/// The single-cookie lookup gives what Hummingbird's `Cookies` gives.
@Suite struct CookieValueTests {
    @Test func matchesHummingbirdsCookies() {
        let headerSets: [[String]] = [
            [], [""], ["oc_session=abc"], ["oc_lang=gd; oc_session=abcdefghijklmnopqrstuvwxyz012345"],
            ["  oc_session=x;oc_lang=en"], ["oc_session=; oc_session=second"], ["oc_session==a=b"], ["other=1", "oc_session=2"],
            ["oc_sessionx=1; oc_session=2"], ["oc_session"], [";;oc_lang=gd;;"], ["=oc_session=1"], ["oc_session=1", "oc_session=2"],
            ["Oc_Session=upper"], ["\toc_lang=gd"], ["oc_lang=gd; oc_lang=en"],
        ]
        for headers in headerSets {
            for name in ["oc_session", "oc_lang", "other", "missing"] {
                #expect(CookieValue.find(name, in: headers) == Cookies(from: headers)[name]?.value, "\(name) in \(headers)")
            }
        }
    }
}
