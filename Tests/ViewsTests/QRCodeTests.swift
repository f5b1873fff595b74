@testable import Views
import Testing

// Versions below were confirmed by encoding these exact inputs and decoding the images with
// zxing-cpp and zbarimg (see verify.sh next to QRCode.swift during development).
private let enrolmentURI =
    "otpauth://totp/Highland%20Council:anna.officer%40council.gov.uk?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    + "&issuer=Highland%20Council&algorithm=SHA1&digits=6&period=30"  // 163 bytes
private let uri100 =
    "otpauth://totp/OneCouncil:ann.o%40council.gov.uk?secret=JBSWY3DPEHPK3PXP&issuer=OneCouncil&period=30"

/// Reads the 15 format bits (most significant first) from the copy around the top-left finder.
private func formatBitsTopLeft(_ qr: QRCode) -> Int {
    var coords: [(Int, Int)] = []
    for i in 0...5 { coords.append((8, i)) }
    coords += [(8, 7), (8, 8), (7, 8)]
    for i in 9..<15 { coords.append((14 - i, 8)) }
    // coords[i] holds bit i (LSB first)
    var v = 0
    for (i, c) in coords.enumerated() where qr.isDark(x: c.0, y: c.1) { v |= 1 << i }
    return v
}

/// Reads the second copy of the format bits (top-right row + bottom-left column).
private func formatBitsSecondCopy(_ qr: QRCode) -> Int {
    var v = 0
    for i in 0..<8 where qr.isDark(x: qr.size - 1 - i, y: 8) { v |= 1 << i }
    for i in 8..<15 where qr.isDark(x: 8, y: qr.size - 15 + i) { v |= 1 << i }
    return v
}

/// Sums the run lengths of the SVG path ("M{x} {y}h{n}v1h-{n}z" per run).
private func darkModulesInPath(_ svg: String) -> Int? {
    guard let start = svg.firstRange(of: " d=\""),
          let end = svg[start.upperBound...].firstIndex(of: "\"") else { return nil }
    var total = 0
    for run in svg[start.upperBound..<end].split(separator: "z") {
        guard let h = run.firstIndex(of: "h"), let v = run.firstIndex(of: "v"),
              let n = Int(run[run.index(after: h)..<v]) else { return nil }
        total += n
    }
    return total
}

@Suite("QRCode")
struct QRCodeTests {

    @Test func helloIsVersion1() throws {
        let qr = try QRCode(text: "HELLO")
        #expect(qr.version == 1)
        #expect(qr.size == 21)
        #expect(qr.errorCorrection == .medium)
    }

    @Test(arguments: [
        (uri100, QRCode.ErrorCorrection.medium, 6),
        (enrolmentURI, .low, 8),
        (enrolmentURI, .medium, 9),
        (enrolmentURI, .quartile, 11),
        (enrolmentURI, .high, 13),
    ])
    func otpauthVersions(text: String, ecl: QRCode.ErrorCorrection, version: Int) throws {
        let qr = try QRCode(text: text, errorCorrection: ecl)
        #expect(qr.version == version)
        #expect(qr.size == 17 + 4 * version)
    }

    @Test func uri100IsReallyHundredBytes() {
        #expect(uri100.utf8.count == 100)
        #expect(enrolmentURI.utf8.count == 163)
    }

    @Test func capacityBoundaries() throws {
        // Byte-mode capacities from ISO/IEC 18004 Table 7.
        #expect(try QRCode(text: String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode(text: String(repeating: "a", count: 15)).version == 2)
        #expect(try QRCode(text: String(repeating: "a", count: 17), errorCorrection: .low).version == 1)
        #expect(try QRCode(text: String(repeating: "a", count: 7), errorCorrection: .high).version == 1)
        #expect(try QRCode(text: String(repeating: "a", count: 120)).version == 7)
        #expect(try QRCode(text: String(repeating: "a", count: 1000)).version == 26)
        #expect(try QRCode(text: String(repeating: "a", count: 2331)).version == 40)
        #expect(try QRCode(text: String(repeating: "a", count: 2953), errorCorrection: .low).version == 40)
    }

    @Test func utf8BytesAreCounted() throws {
        // 20 × "à" is 40 UTF-8 bytes: needs version 3 at M, while 20 ASCII bytes fit version 2.
        #expect(try QRCode(text: String(repeating: "à", count: 20)).version == 3)
        #expect(try QRCode(text: String(repeating: "a", count: 20)).version == 2)
    }

    @Test func tooLongThrows() {
        #expect(throws: QRCodeError.dataTooLong) {
            try QRCode(text: String(repeating: "a", count: 2332))
        }
        #expect(throws: QRCodeError.dataTooLong) {
            try QRCode(text: String(repeating: "a", count: 2954), errorCorrection: .low)
        }
        #expect(throws: QRCodeError.dataTooLong) {
            try QRCode(text: String(repeating: "a", count: 1274), errorCorrection: .high)
        }
    }

    @Test(arguments: ["HELLO", enrolmentURI, String(repeating: "x", count: 1000)])
    func finderPatternsAtThreeCorners(text: String) throws {
        let qr = try QRCode(text: text)
        let n = qr.size
        for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
            for dy in -3...3 {
                for dx in -3...3 {
                    let ring = max(abs(dx), abs(dy))
                    #expect(qr.isDark(x: cx + dx, y: cy + dy) == (ring != 2), "finder at \(cx),\(cy)")
                }
            }
        }
        // Light separators next to each finder
        for i in 0..<8 {
            #expect(!qr.isDark(x: 7, y: i))
            #expect(!qr.isDark(x: i, y: 7))
            #expect(!qr.isDark(x: n - 8, y: i))
            #expect(!qr.isDark(x: n - 1 - i, y: 7))
            #expect(!qr.isDark(x: 7, y: n - 1 - i))
            #expect(!qr.isDark(x: i, y: n - 8))
        }
        // The always-dark module
        #expect(qr.isDark(x: 8, y: n - 8))
    }

    @Test(arguments: ["HELLO", enrolmentURI])
    func timingPatternsAlternate(text: String) throws {
        let qr = try QRCode(text: text)
        for i in 8..<(qr.size - 8) {
            #expect(qr.isDark(x: i, y: 6) == (i % 2 == 0))
            #expect(qr.isDark(x: 6, y: i) == (i % 2 == 0))
        }
    }

    @Test func alignmentPatternPositions() {
        #expect(QRCode.alignmentPatternPositions(version: 1) == [])
        #expect(QRCode.alignmentPatternPositions(version: 2) == [6, 18])
        #expect(QRCode.alignmentPatternPositions(version: 7) == [6, 22, 38])
        #expect(QRCode.alignmentPatternPositions(version: 32) == [6, 34, 60, 86, 112, 138])
        #expect(QRCode.alignmentPatternPositions(version: 40) == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test func formatInformationMatchesStandardTable() throws {
        // ISO/IEC 18004 Table C.1, level M, masks 0–7.
        let expectedM = [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0]
        for mask in 0..<8 {
            let qr = try QRCode(bytes: Array("HELLO".utf8), errorCorrection: .medium, mask: mask)
            #expect(qr.mask == mask)
            #expect(formatBitsTopLeft(qr) == expectedM[mask])
            #expect(formatBitsSecondCopy(qr) == expectedM[mask])
        }
        let low = try QRCode(bytes: Array("HELLO".utf8), errorCorrection: .low, mask: 0)
        #expect(formatBitsTopLeft(low) == 0x77C4)  // 111011111000100
    }

    @Test func versionInformationForVersion7() throws {
        let qr = try QRCode(text: String(repeating: "a", count: 120))
        #expect(qr.version == 7)
        var topRight = 0, bottomLeft = 0
        for i in 0..<18 {
            let a = qr.size - 11 + i % 3, b = i / 3
            if qr.isDark(x: a, y: b) { topRight |= 1 << i }
            if qr.isDark(x: b, y: a) { bottomLeft |= 1 << i }
        }
        #expect(topRight == 0x07C94)  // 000111 110010010100
        #expect(bottomLeft == 0x07C94)
    }

    @Test func reedSolomonKnownAnswer() {
        // "HELLO WORLD", 1-M (alphanumeric) data codewords and their 10 ECC codewords.
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let ecc = QRCode.reedSolomonComputeRemainder(
            data: data[...], divisor: QRCode.reedSolomonComputeDivisor(degree: 10))
        #expect(ecc == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test func outOfRangeIsLight() throws {
        let qr = try QRCode(text: "HELLO")
        #expect(!qr.isDark(x: -1, y: 0))
        #expect(!qr.isDark(x: 0, y: -1))
        #expect(!qr.isDark(x: qr.size, y: 0))
        #expect(!qr.isDark(x: 0, y: qr.size))
    }

    @Test func encodingIsDeterministic() throws {
        let a = try QRCode(text: enrolmentURI), b = try QRCode(text: enrolmentURI)
        #expect(a.mask == b.mask)
        for y in 0..<a.size {
            for x in 0..<a.size { #expect(a.isDark(x: x, y: y) == b.isDark(x: x, y: y)) }
        }
    }

    @Test func svgIsAccessibleAndEscaped() throws {
        let qr = try QRCode(text: enrolmentURI)
        let svg = qr.svg(title: "Scan <this> with \"Authenticator\" & Anna's phone")
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains(
            "<title>Scan &lt;this&gt; with &quot;Authenticator&quot; &amp; Anna&#39;s phone</title>"))
        #expect(!svg.contains("<this>"))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("fill=\"#fff\""))
        #expect(svg.contains("fill=\"#000\""))
        #expect(!svg.contains("<script"))
        #expect(svg.ranges(of: "<path").count == 1)
    }

    @Test func svgDimensionsAndRuns() throws {
        let qr = try QRCode(text: "HELLO")  // 21 modules
        let svg = qr.svg(title: "t")
        #expect(svg.contains("width=\"116\" height=\"116\""))  // (21 + 2×4) × 4
        #expect(svg.contains("viewBox=\"0 0 29 29\""))
        let custom = qr.svg(moduleSize: 10, quietZone: 2, title: "t")
        #expect(custom.contains("width=\"250\" height=\"250\""))
        #expect(custom.contains("viewBox=\"0 0 25 25\""))
        // Top-left finder's first row is a single 7-module run starting at the quiet zone.
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))
        // The path covers exactly the dark modules.
        var dark = 0
        for y in 0..<qr.size { for x in 0..<qr.size where qr.isDark(x: x, y: y) { dark += 1 } }
        #expect(darkModulesInPath(svg) == dark)
    }

    @Test func svgStaysCompact() throws {
        let svg = try QRCode(text: enrolmentURI).svg(title: "Authenticator enrolment")
        #expect(svg.utf8.count < 16_000)
    }
}
