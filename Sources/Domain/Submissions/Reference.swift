/// A submission's public reference, like `HRD-7K3D-9Q2P`: short enough to read over the phone, impossible to guess.
public enum Reference {
    /// Digits and capitals without 0/O, 1/I/L, so nobody has to ask "is that a zero?". 31 symbols.
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    /// A new reference: prefix, then 8 symbols from a secure generator (about 39.6 bits).
    public static func make(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let symbols = (0..<8).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] }
        return "\(prefix)-\(String(symbols[0..<4]))-\(String(symbols[4..<8]))"
    }

    /// Whether `text` has the shape of a reference (used to reject junk before it reaches a query).
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (2...4).contains(parts[0].count), parts[0].allSatisfy({ ("A"..."Z").contains($0) }) else { return false }
        return parts[1...].allSatisfy { $0.count == 4 && $0.allSatisfy(alphabet.contains) }
    }
}
