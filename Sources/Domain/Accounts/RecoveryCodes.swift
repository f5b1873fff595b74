/// Recovery codes for staff who lose their authenticator: ten, each usable once, shown once, stored hashed.
public enum RecoveryCodes {
    public static let count = 10
    /// No 0/O or 1/I/L, so a code copied from paper is typed right; 10 symbols of 31 is about 50 bits each.
    private static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    public static func generate() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            let symbols = (0..<10).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] }
            return String(symbols[0..<5]) + "-" + String(symbols[5...])
        }
    }

    /// The form a typed code is compared in: upper case, without spaces or dashes.
    public static func normalised(_ typed: String) -> String {
        String(typed.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
