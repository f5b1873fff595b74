/// Random identifiers for things that must not be guessed: sessions, uploads, one-time links.
public enum Token {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// `length` characters from a 64-character alphabet (32 give 192 bits), from the system's secure generator.
    public static func random(length: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        var characters: [UInt8] = []
        characters.reserveCapacity(length)
        // Each 64-bit draw gives ten 6-bit characters; drawing per character would mean a system call each.
        while characters.count < length {
            var word = generator.next()
            for _ in 0..<min(10, length - characters.count) {
                characters.append(alphabet[Int(word & 63)])
                word >>= 6
            }
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
