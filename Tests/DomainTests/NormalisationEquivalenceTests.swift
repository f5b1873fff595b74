import Foundation
@testable import Domain
import Testing

/// The byte-level phone and postcode normalisers give exactly what the earlier Character- and regex-based ones gave.
@Suite struct NormalisationEquivalenceTests {
    /// The earlier implementations, kept here as the reference.
    static func referencePostcode(_ value: String) -> String? {
        let compact = value.uppercased().filter { !$0.isWhitespace }
        let pattern = #"^(?:(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}))$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              regex.firstMatch(in: compact, range: NSRange(compact.startIndex..., in: compact)) != nil else { return nil }
        return compact.dropLast(3) + " " + compact.suffix(3)
    }

    static func referencePhone(_ value: String) -> String? {
        var digits = value.filter { !" -()".contains($0) }
        if digits.hasPrefix("+44") { digits = "0" + digits.dropFirst(3) }
        if digits.hasPrefix("0044") { digits = "0" + digits.dropFirst(4) }
        guard digits.utf8.first == UInt8(ascii: "0"), (10...11).contains(digits.utf8.count),
              digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return value.trimmingCharacters(in: .whitespaces)
    }

    @Test func postcodesMatchTheRegularExpression() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let extras: [Character] = [" ", "a", "e", "\t", "ß", "ﬀ", "Ä", "\u{A0}", "-"]
        var valid = 0
        for _ in 0..<60_000 {
            let length = Int.random(in: 2...9, using: &generator)
            var text = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "A" })
            if Int.random(in: 0..<4, using: &generator) == 0, let extra = extras.randomElement(using: &generator) {
                text.insert(extra, at: text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &generator)))
            }
            let expected = Self.referencePostcode(text)
            #expect(QuestionValidator.normalisedPostcode(text) == expected, "\(text)")
            if expected != nil { valid += 1 }
        }
        // Every shape, and the special cases, by construction.
        for sample in ["EH1 1YZ", "eh11yz", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "GIR 0AA", "gir0aa",
                       "SW1A 2AA", "IV2 3EX", " iv2\t3ex ", "QA1 1AA", "EH1 1CZ", "EH1I 1AA", "ﬀ1 1AA", "ß1 1AA", "E1 1AA\r\n", "A99 9ZZ"] {
            #expect(QuestionValidator.normalisedPostcode(sample) == Self.referencePostcode(sample), "\(sample)")
        }
        #expect(valid > 0)
    }

    @Test func phonesMatchTheCharacterFilter() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["0", "1", "7", "9", " ", "-", "(", ")", "+44", "0044", "44", "+", "a", "é", "\u{301}", "\t"]
        for _ in 0..<30_000 {
            let count = Int.random(in: 1...14, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "0" }.joined()
            #expect(QuestionValidator.normalisedPhone(text) == Self.referencePhone(text), "\(text)")
        }
        for sample in ["07700 900982", "+44 7700 900982", "0044 (0)1632 960001", "(01632) 960 001", " 07700900982", "07700 90098",
                       "07700-900-982", "077009009821", "+447700900982", "0\u{301}7700900982"] {
            #expect(QuestionValidator.normalisedPhone(sample) == Self.referencePhone(sample), "\(sample)")
        }
    }
}
