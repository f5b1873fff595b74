import Domain
import Foundation
import Testing

@Suite("JSON text reading and writing")
struct JSONTextTests {
    @Test("values survive a round trip, with keys sorted")
    func roundTrip() throws {
        let value: JSONValue = .object([
            "name": .string("Mòrag \"Mo\" MacLeòid\n\\ 👋 \u{01}"),
            "age": .number(42), "ratio": .number(0.25), "negative": .number(-7),
            "tags": .array([.string("a"), .bool(true), .bool(false), .null]),
            "nested": .object(["b": .number(1), "a": .array([])]),
        ])
        let text = JSONText.serialize(value)
        #expect(text.hasPrefix(#"{"age":42,"name":"#))
        #expect(text.contains(#"\"Mo\""#) && text.contains(#"\n"#) && text.contains(#"\\"#) && text.contains(#"\u0001"#))
        #expect(try JSONText.parse(Array(text.utf8)) == value)
        // Foundation reads what we write.
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(foundation?["name"] as? String == "Mòrag \"Mo\" MacLeòid\n\\ 👋 \u{01}")
    }

    @Test("escapes and surrogate pairs are decoded")
    func escapes() throws {
        let parsed = try JSONText.parse(Array(#"{"s": "\u00e0 \ud83d\ude00 \/ \t", "n": -1.5e2}"#.utf8))
        #expect(parsed == .object(["s": .string("à 😀 / \t"), "n": .number(-150)]))
    }

    @Test("malformed JSON is rejected with a position", arguments: [
        "{", "{\"a\" 1}", "[1,]", "{\"a\":01}", "\"unterminated", "tru", "{\"a\":1} extra", "\"\\x\"", "\"\\ud83d\"", "[\"\u{01}\"]", "",
    ])
    func rejects(text: String) {
        #expect(throws: JSONText.SyntaxError.self) { try JSONText.parse(Array(text.utf8)) }
    }

    @Test("deep nesting is refused rather than overflowing the stack")
    func depthLimit() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONText.SyntaxError.self) { try JSONText.parse(Array(deep.utf8)) }
    }
}
