// QR Code encoder (byte mode) with an SVG renderer, for server-side rendering
// of TOTP enrolment URIs (otpauth://...).
//
// Ported from Project Nayuki's "QR Code generator library"
// (https://www.nayuki.io/page/qr-code-generator-library),
// Copyright (c) Project Nayuki. MIT License:
//
//   Permission is hereby granted, free of charge, to any person obtaining a copy of
//   this software and associated documentation files (the "Software"), to deal in
//   the Software without restriction, including without limitation the rights to
//   use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
//   the Software, and to permit persons to whom the Software is furnished to do so,
//   subject to the following conditions:
//   - The above copyright notice and this permission notice shall be included in
//     all copies or substantial portions of the Software.
//   - The Software is provided "as is", without warranty of any kind, express or
//     implied, including but not limited to the warranties of merchantability,
//     fitness for a particular purpose and noninfringement. In no event shall the
//     authors or copyright holders be liable for any claim, damages or other
//     liability, whether in an action of contract, tort or otherwise, arising from,
//     out of or in connection with the Software or the use or other dealings in the
//     Software.
//
// Differences from the original: only byte mode (UTF-8) segments, no automatic
// ECC boosting (the requested level is used as-is), value-type Swift API.

/// Thrown when the input does not fit in a version 40 symbol at the requested
/// error-correction level.
public enum QRCodeError: Error, Sendable, Equatable {
    case dataTooLong
}

/// An immutable QR Code symbol (ISO/IEC 18004, model 2), versions 1–40.
public struct QRCode: Sendable {

    /// Error-correction level; higher levels tolerate more damage but need a larger symbol.
    public enum ErrorCorrection: Sendable, CaseIterable {
        case low       // ~7% of codewords can be restored
        case medium    // ~15%
        case quartile  // ~25%
        case high      // ~30%

        /// Index into the capacity tables.
        var ordinal: Int {
            switch self {
            case .low: return 0
            case .medium: return 1
            case .quartile: return 2
            case .high: return 3
            }
        }

        /// The 2-bit value written in the format information.
        var formatBits: Int {
            switch self {
            case .low: return 1
            case .medium: return 0
            case .quartile: return 3
            case .high: return 2
            }
        }
    }

    /// Symbol version, 1...40.
    public let version: Int
    /// Width and height in modules (17 + 4 × version), excluding any quiet zone.
    public let size: Int
    /// The error-correction level actually used.
    public let errorCorrection: ErrorCorrection
    /// The data mask applied, 0...7.
    public let mask: Int
    /// Row-major module colours, `true` = dark.
    private let modules: [Bool]

    /// Encodes `text` as UTF-8 bytes in byte mode, choosing the smallest version that fits.
    public init(text: String, errorCorrection: ErrorCorrection = .medium) throws {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection)
    }

    /// Encodes raw bytes in byte mode. `minVersion`/`maxVersion` bound the version search and
    /// `mask` forces a data mask (nil = choose the lowest penalty); used by tests.
    init(bytes data: [UInt8], errorCorrection ecl: ErrorCorrection = .medium,
         minVersion: Int = QRCode.minVersion, maxVersion: Int = QRCode.maxVersion,
         mask forcedMask: Int? = nil) throws {
        let lo = max(QRCode.minVersion, minVersion)
        let hi = min(QRCode.maxVersion, maxVersion)

        // Find the smallest version whose data capacity holds the segment.
        var chosen: Int?
        if lo <= hi {
            for v in lo...hi {
                let capacityBits = QRCode.numDataCodewords(version: v, ecl: ecl) * 8
                let ccBits = QRCode.byteModeCountBits(version: v)
                if data.count < (1 << ccBits) && 4 + ccBits + data.count * 8 <= capacityBits {
                    chosen = v
                    break
                }
            }
        }
        guard let ver = chosen else { throw QRCodeError.dataTooLong }

        // Build the data bit stream: mode indicator, character count, data, terminator, padding.
        let capacityBits = QRCode.numDataCodewords(version: ver, ecl: ecl) * 8
        var bits = BitBuffer()
        bits.append(0x4, count: 4)  // byte mode
        bits.append(data.count, count: QRCode.byteModeCountBits(version: ver))
        for b in data { bits.append(Int(b), count: 8) }
        bits.append(0, count: min(4, capacityBits - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var padByte = 0xEC
        while bits.count < capacityBits {
            bits.append(padByte, count: 8)
            padByte ^= 0xEC ^ 0x11
        }
        let dataCodewords = bits.bytes()

        var builder = Builder(version: ver, ecl: ecl)
        builder.drawFunctionPatterns()
        builder.drawCodewords(builder.addEccAndInterleave(dataCodewords))

        var msk: Int
        if let forcedMask, (0..<8).contains(forcedMask) {
            msk = forcedMask
        } else {
            msk = 0
            var minPenalty = Int.max
            for i in 0..<8 {
                builder.applyMask(i)
                builder.drawFormatBits(mask: i)
                let penalty = builder.penaltyScore()
                if penalty < minPenalty {
                    msk = i
                    minPenalty = penalty
                }
                builder.applyMask(i)  // XOR again to undo
            }
        }
        builder.applyMask(msk)
        builder.drawFormatBits(mask: msk)

        self.version = ver
        self.size = builder.size
        self.errorCorrection = ecl
        self.mask = msk
        self.modules = builder.modules
    }

    /// Whether the module at column `x`, row `y` is dark. Coordinates outside the symbol
    /// (e.g. in the quiet zone) are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, x < size, y >= 0, y < size else { return false }
        return modules[y * size + x]
    }

    /// Renders the symbol as a self-contained, accessible SVG: black modules drawn as one
    /// `<path>` of horizontal runs on a white background. Coordinates are in modules
    /// (via `viewBox`); `width`/`height` are `moduleSize` pixels per module.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String) -> String {
        let scale = max(1, moduleSize)
        let quiet = max(0, quietZone)
        let dim = size + 2 * quiet
        let px = dim * scale
        var path = ""
        path.reserveCapacity(size * size)
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                path += "M\(start + quiet) \(y + quiet)h\(x - start)v1h-\(x - start)z"
            }
        }
        let label = QRCode.escapeXML(title)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(label)\""
            + " width=\"\(px)\" height=\"\(px)\" viewBox=\"0 0 \(dim) \(dim)\""
            + " shape-rendering=\"crispEdges\">"
            + "<title>\(label)</title>"
            + "<rect width=\"\(dim)\" height=\"\(dim)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/>"
            + "</svg>"
    }

    // MARK: - Constants and tables

    static let minVersion = 1
    static let maxVersion = 40

    /// Escapes text for use in XML character data and attribute values.
    static func escapeXML(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Drop control characters that are not allowed in XML 1.0.
                if ch.value < 0x20 && ch != "\t" && ch != "\n" && ch != "\r" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func byteModeCountBits(version: Int) -> Int {
        version <= 9 ? 8 : 16
    }

    // Indexed [ecl.ordinal][version]; index 0 is unused.
    static let eccCodewordsPerBlock: [[Int]] = [
        [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],  // L
        [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],  // M
        [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],  // Q
        [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],  // H
    ]

    static let numErrorCorrectionBlocks: [[Int]] = [
        [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],  // L
        [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],  // M
        [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],  // Q
        [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],  // H
    ]

    /// Number of data + ECC bits available in a symbol of this version, after removing all
    /// function modules (including format/version information).
    static func numRawDataModules(version ver: Int) -> Int {
        var result = (16 * ver + 128) * ver + 64
        if ver >= 2 {
            let numAlign = ver / 7 + 2
            result -= (25 * numAlign - 10) * numAlign - 55
            if ver >= 7 { result -= 36 }
        }
        return result
    }

    /// Number of 8-bit data codewords (excluding ECC) for this version and level.
    static func numDataCodewords(version ver: Int, ecl: ErrorCorrection) -> Int {
        numRawDataModules(version: ver) / 8
            - eccCodewordsPerBlock[ecl.ordinal][ver] * numErrorCorrectionBlocks[ecl.ordinal][ver]
    }

    /// Centre coordinates of alignment patterns along one axis, ascending.
    static func alignmentPatternPositions(version ver: Int) -> [Int] {
        guard ver > 1 else { return [] }
        let size = ver * 4 + 17
        let numAlign = ver / 7 + 2
        let step = (ver * 8 + numAlign * 3 + 5) / (numAlign * 4 - 4) * 2
        var result = [6]
        var pos = size - 7
        var tail: [Int] = []
        while result.count + tail.count < numAlign {
            tail.append(pos)
            pos -= step
        }
        result.append(contentsOf: tail.reversed())
        return result
    }

    // MARK: - Reed–Solomon over GF(2^8), polynomial 0x11D

    static func reedSolomonComputeDivisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = reedSolomonMultiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = reedSolomonMultiply(root, 0x02)
        }
        return result
    }

    static func reedSolomonComputeRemainder(data: ArraySlice<UInt8>, divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for b in data {
            let factor = b ^ result[0]
            result.removeFirst()
            result.append(0)
            for i in 0..<divisor.count {
                result[i] ^= reedSolomonMultiply(divisor[i], factor)
            }
        }
        return result
    }

    static func reedSolomonMultiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        let xi = Int(x), yi = Int(y)
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((yi >> i) & 1) * xi
        }
        return UInt8(truncatingIfNeeded: z)
    }

    // MARK: - Helpers

    private struct BitBuffer {
        private(set) var bits: [Bool] = []
        var count: Int { bits.count }

        mutating func append(_ value: Int, count n: Int) {
            guard n > 0 else { return }
            for i in stride(from: n - 1, through: 0, by: -1) {
                bits.append((value >> i) & 1 != 0)
            }
        }

        func bytes() -> [UInt8] {
            var out = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
            for (i, bit) in bits.enumerated() where bit {
                out[i >> 3] |= UInt8(0x80) >> UInt8(i & 7)
            }
            return out
        }
    }

    /// Mutable grid used while constructing the symbol.
    private struct Builder {
        let version: Int
        let ecl: ErrorCorrection
        let size: Int
        var modules: [Bool]
        var isFunction: [Bool]

        init(version: Int, ecl: ErrorCorrection) {
            self.version = version
            self.ecl = ecl
            self.size = version * 4 + 17
            self.modules = Array(repeating: false, count: size * size)
            self.isFunction = Array(repeating: false, count: size * size)
        }

        func get(_ x: Int, _ y: Int) -> Bool { modules[y * size + x] }

        mutating func setFunction(_ x: Int, _ y: Int, _ dark: Bool) {
            modules[y * size + x] = dark
            isFunction[y * size + x] = true
        }

        mutating func drawFunctionPatterns() {
            // Timing patterns
            for i in 0..<size {
                setFunction(6, i, i % 2 == 0)
                setFunction(i, 6, i % 2 == 0)
            }
            // Finder patterns (with separators), overwriting the timing patterns there
            drawFinderPattern(3, 3)
            drawFinderPattern(size - 4, 3)
            drawFinderPattern(3, size - 4)
            // Alignment patterns, skipping the three finder corners
            let pos = QRCode.alignmentPatternPositions(version: version)
            let n = pos.count
            for i in 0..<n {
                for j in 0..<n {
                    if (i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0) { continue }
                    drawAlignmentPattern(pos[i], pos[j])
                }
            }
            // Reserve the format areas (real values drawn after masking) and draw version info
            drawFormatBits(mask: 0)
            drawVersion()
        }

        mutating func drawFormatBits(mask: Int) {
            let data = ecl.formatBits << 3 | mask
            var rem = data
            for _ in 0..<10 { rem = (rem << 1) ^ ((rem >> 9) * 0x537) }
            let bits = (data << 10 | rem) ^ 0x5412
            func bit(_ i: Int) -> Bool { (bits >> i) & 1 != 0 }

            // First copy, around the top-left finder
            for i in 0...5 { setFunction(8, i, bit(i)) }
            setFunction(8, 7, bit(6))
            setFunction(8, 8, bit(7))
            setFunction(7, 8, bit(8))
            for i in 9..<15 { setFunction(14 - i, 8, bit(i)) }
            // Second copy, split between the top-right and bottom-left finders
            for i in 0..<8 { setFunction(size - 1 - i, 8, bit(i)) }
            for i in 8..<15 { setFunction(8, size - 15 + i, bit(i)) }
            setFunction(8, size - 8, true)  // always-dark module
        }

        mutating func drawVersion() {
            guard version >= 7 else { return }
            var rem = version
            for _ in 0..<12 { rem = (rem << 1) ^ ((rem >> 11) * 0x1F25) }
            let bits = version << 12 | rem
            for i in 0..<18 {
                let dark = (bits >> i) & 1 != 0
                let a = size - 11 + i % 3
                let b = i / 3
                setFunction(a, b, dark)
                setFunction(b, a, dark)
            }
        }

        mutating func drawFinderPattern(_ x: Int, _ y: Int) {
            for dy in -4...4 {
                for dx in -4...4 {
                    let dist = max(abs(dx), abs(dy))
                    let xx = x + dx, yy = y + dy
                    if xx >= 0 && xx < size && yy >= 0 && yy < size {
                        setFunction(xx, yy, dist != 2 && dist != 4)
                    }
                }
            }
        }

        mutating func drawAlignmentPattern(_ x: Int, _ y: Int) {
            for dy in -2...2 {
                for dx in -2...2 {
                    setFunction(x + dx, y + dy, max(abs(dx), abs(dy)) != 1)
                }
            }
        }

        /// Splits data into blocks, appends Reed–Solomon ECC to each and interleaves them.
        func addEccAndInterleave(_ data: [UInt8]) -> [UInt8] {
            let numBlocks = QRCode.numErrorCorrectionBlocks[ecl.ordinal][version]
            let blockEccLen = QRCode.eccCodewordsPerBlock[ecl.ordinal][version]
            let rawCodewords = QRCode.numRawDataModules(version: version) / 8
            let numShortBlocks = numBlocks - rawCodewords % numBlocks
            let shortBlockLen = rawCodewords / numBlocks

            let divisor = QRCode.reedSolomonComputeDivisor(degree: blockEccLen)
            var blocks: [[UInt8]] = []
            blocks.reserveCapacity(numBlocks)
            var k = 0
            for i in 0..<numBlocks {
                let len = shortBlockLen - blockEccLen + (i < numShortBlocks ? 0 : 1)
                let dat = data[k..<(k + len)]
                k += len
                let ecc = QRCode.reedSolomonComputeRemainder(data: dat, divisor: divisor)
                var block = Array(dat)
                if i < numShortBlocks { block.append(0) }  // placeholder, skipped below
                block.append(contentsOf: ecc)
                blocks.append(block)
            }

            var result: [UInt8] = []
            result.reserveCapacity(rawCodewords)
            for i in 0..<(shortBlockLen + 1) {
                for (j, block) in blocks.enumerated() {
                    if i != shortBlockLen - blockEccLen || j >= numShortBlocks {
                        result.append(block[i])
                    }
                }
            }
            return result
        }

        /// Places codeword bits in the zigzag order, skipping function modules.
        mutating func drawCodewords(_ data: [UInt8]) {
            var i = 0
            let totalBits = data.count * 8
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }  // skip the vertical timing column
                let upward = (right + 1) & 2 == 0
                for vert in 0..<size {
                    for j in 0..<2 {
                        let x = right - j
                        let y = upward ? size - 1 - vert : vert
                        let idx = y * size + x
                        if !isFunction[idx] && i < totalBits {
                            modules[idx] = (data[i >> 3] >> UInt8(7 - (i & 7))) & 1 != 0
                            i += 1
                        }
                        // Remaining remainder bits stay light (false), as the standard requires.
                    }
                }
                right -= 2
            }
        }

        /// XORs the data modules with mask pattern `mask`; applying it twice undoes it.
        mutating func applyMask(_ mask: Int) {
            for y in 0..<size {
                for x in 0..<size {
                    let invert: Bool
                    switch mask {
                    case 0: invert = (x + y) % 2 == 0
                    case 1: invert = y % 2 == 0
                    case 2: invert = x % 3 == 0
                    case 3: invert = (x + y) % 3 == 0
                    case 4: invert = (x / 3 + y / 2) % 2 == 0
                    case 5: invert = x * y % 2 + x * y % 3 == 0
                    case 6: invert = (x * y % 2 + x * y % 3) % 2 == 0
                    default: invert = ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                    let idx = y * size + x
                    if invert && !isFunction[idx] { modules[idx].toggle() }
                }
            }
        }

        // Penalty weights from the standard.
        private static let penaltyN1 = 3
        private static let penaltyN2 = 3
        private static let penaltyN3 = 40
        private static let penaltyN4 = 10

        func penaltyScore() -> Int {
            var result = 0
            // Runs and finder-like patterns, in rows (pass 0) and columns (pass 1)
            for pass in 0..<2 {
                for a in 0..<size {
                    var runColor = false
                    var runLen = 0
                    var history = [Int](repeating: 0, count: 7)
                    for b in 0..<size {
                        let c = pass == 0 ? get(b, a) : get(a, b)
                        if c == runColor {
                            runLen += 1
                            if runLen == 5 {
                                result += Builder.penaltyN1
                            } else if runLen > 5 {
                                result += 1
                            }
                        } else {
                            finderPenaltyAddHistory(runLen, &history)
                            if !runColor {
                                result += finderPenaltyCountPatterns(history) * Builder.penaltyN3
                            }
                            runColor = c
                            runLen = 1
                        }
                    }
                    result += finderPenaltyTerminateAndCount(runColor, runLen, &history) * Builder.penaltyN3
                }
            }
            // 2×2 blocks of one colour
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let c = get(x, y)
                    if c == get(x + 1, y) && c == get(x, y + 1) && c == get(x + 1, y + 1) {
                        result += Builder.penaltyN2
                    }
                }
            }
            // Dark/light balance
            let dark = modules.reduce(0) { $0 + ($1 ? 1 : 0) }
            let total = size * size
            let k = (abs(dark * 20 - total * 10) + total - 1) / total - 1
            result += k * Builder.penaltyN4
            return result
        }

        private func finderPenaltyCountPatterns(_ h: [Int]) -> Int {
            let n = h[1]
            let core = n > 0 && h[2] == n && h[3] == n * 3 && h[4] == n && h[5] == n
            return (core && h[0] >= n * 4 && h[6] >= n ? 1 : 0)
                + (core && h[6] >= n * 4 && h[0] >= n ? 1 : 0)
        }

        private func finderPenaltyTerminateAndCount(_ runColor: Bool, _ runLen: Int, _ h: inout [Int]) -> Int {
            var len = runLen
            if runColor {  // terminate the dark run
                finderPenaltyAddHistory(len, &h)
                len = 0
            }
            len += size  // light border after the last run
            finderPenaltyAddHistory(len, &h)
            return finderPenaltyCountPatterns(h)
        }

        private func finderPenaltyAddHistory(_ runLen: Int, _ h: inout [Int]) {
            var len = runLen
            if h[0] == 0 { len += size }  // light border before the first run
            h.removeLast()
            h.insert(len, at: 0)
        }
    }
}
