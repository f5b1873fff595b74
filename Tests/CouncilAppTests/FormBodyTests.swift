@testable import CouncilApp
import Testing

/// The url-encoded form reader: the same fields as Foundation's percent decoding gave, read byte by byte.
@Suite struct FormBodyTests {
    @Test func readsNamesAndValues() {
        let fields = FormBody.parseURLEncoded("_csrf=abc&interests=food-bank&interests=gaelic&empty=&flag")
        #expect(fields["_csrf"] == ["abc"])
        #expect(fields["interests"] == ["food-bank", "gaelic"])
        #expect(fields["empty"] == [""])
        #expect(fields["flag"] == [""])
    }

    @Test func decodesPlusAndPercentEscapes() {
        let fields = FormBody.parseURLEncoded("full-name=Morag+MacLeod&digest=ab%2Bcd%2F%3D&place=Caol+%C3%80ite&a%26b=1%3D2")
        #expect(fields["full-name"] == ["Morag MacLeod"])
        #expect(fields["digest"] == ["ab+cd/="])
        #expect(fields["place"] == ["Caol Àite"])
        #expect(fields["a&b"] == ["1=2"])
    }

    @Test func keepsMalformedEscapesAsSent() {
        // As Foundation's removingPercentEncoding did: a bad escape or bytes that are not UTF-8 leave the text as
        // sent, with + still a space.
        let fields = FormBody.parseURLEncoded("a=100%&b=%zz+x&c=%FF%FE&d=%4")
        #expect(fields["a"] == ["100%"])
        #expect(fields["b"] == ["%zz x"])
        #expect(fields["c"] == ["%FF%FE"])
        #expect(fields["d"] == ["%4"])
    }

    @Test func ignoresEmptyPairs() {
        #expect(FormBody.parseURLEncoded("&&a=1&&").count == 1)
        #expect(FormBody.parseURLEncoded("").isEmpty)
    }
}
