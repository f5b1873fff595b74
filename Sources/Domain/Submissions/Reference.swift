/// A submission's public reference, like `HRD-7K3D-9Q2P`: short enough to read over the phone, impossible to guess.
public enum Reference {
    /// Digits and capitals without 0/O, 1/I/L, so nobody has to ask "is that a zero?". 31 symbols.
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    /// A new reference: prefix, then 8 symbols from a secure generator (about 39.6 bits).
    public static func make(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        var symbols: [Character] = []
        let count = UInt64(alphabet.count)
        // Rejection sampling keeps every symbol equally likely: a byte is used only below the largest multiple of 31.
        let limit = 256 / count * count
        while symbols.count < 8 {
            var word = generator.next()
            for _ in 0..<8 where symbols.count < 8 {
                let byte = word & 0xFF
                word >>= 8
                if byte < limit { symbols.append(alphabet[Int(byte % count)]) }
            }
        }
        return "\(prefix)-\(String(symbols[0..<4]))-\(String(symbols[4..<8]))"
    }

    /// Whether `text` has the shape of a reference (used to reject junk before it reaches a query).
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (2...4).contains(parts[0].count), parts[0].allSatisfy({ ("A"..."Z").contains($0) }) else { return false }
        return parts[1...].allSatisfy { $0.count == 4 && $0.allSatisfy(alphabet.contains) }
    }
}
