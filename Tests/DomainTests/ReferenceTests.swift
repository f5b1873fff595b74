import Foundation
import Testing
@testable import Domain

@Suite("Reference")
struct ReferenceTests {
    static let shape = "^HRD-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$"

    @Test("a reference is the prefix and two groups of four symbols")
    func format() {
        let reference = Reference.make(prefix: "HRD")
        #expect(reference.count == 13)
        #expect(reference.range(of: Self.shape, options: .regularExpression) != nil, "\(reference)")
    }

    @Test("the prefix is used as given")
    func otherPrefixes() {
        #expect(Reference.make(prefix: "BW").hasPrefix("BW-"))
        #expect(Reference.make(prefix: "SCTC").hasPrefix("SCTC-"))
    }

    @Test("the alphabet has 31 symbols and none that are easily confused")
    func alphabet() {
        #expect(Reference.alphabet.count == 31)
        #expect(Set(Reference.alphabet).count == 31)
        for confusing in "0O1IL" {
            #expect(!Reference.alphabet.contains(confusing))
        }
        #expect(Reference.alphabet.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) })
    }

    @Test("generated references never contain 0, O, 1, I or L, and use every other symbol")
    func neverConfusingSymbols() {
        var seen: Set<Character> = []
        for _ in 0..<1000 {
            let symbols = Reference.make(prefix: "HRD").dropFirst(4).filter { $0 != "-" }
            #expect(symbols.count == 8)
            #expect(!symbols.contains { "0O1IL".contains($0) }, "\(symbols)")
            seen.formUnion(symbols)
        }
        // 8,000 symbols drawn from 31: every symbol should appear (the chance one is missing is about 1e-110).
        #expect(seen == Set(Reference.alphabet))
    }

    @Test("1,000 generated references are all different")
    func unique() {
        let references = (0..<1000).map { _ in Reference.make(prefix: "HRD") }
        #expect(Set(references).count == 1000)
    }

    @Test("generated references are well formed")
    func generatedAreWellFormed() {
        for _ in 0..<100 {
            let reference = Reference.make(prefix: "VOL")
            #expect(Reference.isWellFormed(reference), "\(reference)")
        }
    }

    @Test("well-formed references are accepted", arguments: ["HRD-7K3D-9Q2P", "BW-2222-ZZZZ", "SCTC-ABCD-EFGH", "AB-9999-2345"])
    func accepts(text: String) {
        #expect(Reference.isWellFormed(text))
    }

    @Test("junk is rejected", arguments: [
        "", "HRD", "HRD-7K3D", "HRD-7K3D-9Q2", "HRD-7K3D-9Q2PX", "HRD-7K3D-9Q2P-", "-HRD-7K3D-9Q2P",
        "hrd-7K3D-9Q2P", "HRD-7k3d-9q2p", "H-7K3D-9Q2P", "HRDXY-7K3D-9Q2P", "H1D-7K3D-9Q2P",
        "HRD-0K3D-9Q2P", "HRD-OK3D-9Q2P", "HRD-1K3D-9Q2P", "HRD-IK3D-9Q2P", "HRD-LK3D-9Q2P",
        "HRD_7K3D_9Q2P", "HRD 7K3D 9Q2P", "HRD-7K3D9Q2P", "HRD--7K3D-9Q2P", "HRD-7K3D-9Q2P'; DROP TABLE cases;--",
    ])
    func rejects(text: String) {
        #expect(!Reference.isWellFormed(text))
    }

    @Test("the prefix must be ASCII capitals, like the reference_prefix the parser allows", arguments: ["ÅB-7K3D-9Q2P", "ΣΩ-7K3D-9Q2P", "ÉCO-7K3D-9Q2P"])
    func rejectsNonASCIIPrefix(text: String) {
        #expect(!Reference.isWellFormed(text))
    }

    @Test("tokens are 32 URL-safe characters and do not repeat")
    func tokens() {
        let tokens = (0..<200).map { _ in Token.random() }
        #expect(Set(tokens).count == 200)
        for token in tokens {
            #expect(token.count == 32)
            #expect(token.range(of: "^[A-Za-z0-9_-]{32}$", options: .regularExpression) != nil)
        }
        #expect(Token.random(length: 8).count == 8)
    }
}
