/// Random identifiers for things that must not be guessed: sessions, uploads, one-time links.
public enum Token {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    /// 32 characters from a 64-character alphabet: 192 bits from the system's secure generator.
    public static func random(length: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(generator.next() % 64)] })
    }
}
