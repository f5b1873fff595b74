/// HTML escaping of text and attribute values: the five characters that matter, worked on UTF-8 bytes, returning the
/// text untouched when nothing needs escaping, which is nearly always. An escaper walking grapheme clusters was once
/// the largest single cost of rendering a page.
enum HTMLEscape {
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard bytes.contains(where: needsEscape) else { return String(decoding: bytes, as: UTF8.self) }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped.append(contentsOf: Array("&lt;".utf8))
                case UInt8(ascii: ">"): escaped.append(contentsOf: Array("&gt;".utf8))
                case UInt8(ascii: "&"): escaped.append(contentsOf: Array("&amp;".utf8))
                case UInt8(ascii: "\""): escaped.append(contentsOf: Array("&quot;".utf8))
                case UInt8(ascii: "'"): escaped.append(contentsOf: Array("&#39;".utf8))
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
