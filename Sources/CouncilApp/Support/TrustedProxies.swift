import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The proxies (addresses or CIDR networks, IPv4 or IPv6) whose `X-Forwarded-For` header is believed. Empty by
/// default: the header is then never read, because any client can send it.
public struct TrustedProxies: Sendable, Equatable {
    struct Network: Sendable, Equatable {
        let bytes: [UInt8]
        let prefixLength: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefixLength
            for index in bytes.indices where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if address[index] & mask != bytes[index] & mask { return false }
                remaining -= bits
            }
            return true
        }
    }

    let networks: [Network]

    public static let none = TrustedProxies(networks: [])

    init(networks: [Network]) { self.networks = networks }

    /// Parses a list such as `10.0.0.0/8, 192.168.1.10, fd00::/8` (commas or spaces between entries); a failure
    /// names the first entry that is not an address or network.
    public static func parse(_ list: String) -> Result<TrustedProxies, InvalidEntry> {
        var networks: [Network] = []
        for entry in list.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" }) {
            let parts = entry.split(separator: "/", maxSplits: 1)
            guard let bytes = Self.bytes(String(parts[0])) else { return .failure(InvalidEntry(entry: String(entry))) }
            let length: Int
            if parts.count == 2 {
                guard let given = Int(parts[1]), (0...(bytes.count * 8)).contains(given) else { return .failure(InvalidEntry(entry: String(entry))) }
                length = given
            } else {
                length = bytes.count * 8
            }
            networks.append(Network(bytes: bytes, prefixLength: length))
        }
        return .success(TrustedProxies(networks: networks))
    }

    public struct InvalidEntry: Error, Equatable {
        public let entry: String
    }

    public var isEmpty: Bool { networks.isEmpty }

    public func contains(_ address: String) -> Bool {
        guard !networks.isEmpty, let bytes = Self.bytes(address) else { return false }
        return networks.contains { $0.contains(bytes) }
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the right-most address in
    /// `X-Forwarded-For` that is not itself a trusted proxy (each proxy appends the address it was reached from, so
    /// entries left of that one are whatever the client chose to send). If every entry is a proxy, the left-most.
    public func clientAddress(peer: String?, forwardedFor headers: [String]) -> String? {
        guard let peer, contains(peer) else { return peer }
        let hops = headers.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        var client = peer
        for hop in hops.reversed() {
            // Garbage in the header is not an address: the last hop that vouched for something real is the answer.
            guard Self.bytes(hop) != nil else { return client }
            client = Self.canonical(hop)
            if !contains(hop) { return client }
        }
        return client
    }

    /// 4 bytes for IPv4 (also when written as IPv4-mapped IPv6, `::ffff:a.b.c.d`), 16 for IPv6; nil if not an address.
    static func bytes(_ text: String) -> [UInt8]? {
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }

    /// One spelling per address, so that limits keyed by address cannot be dodged by writing it another way.
    public static func canonical(_ text: String) -> String {
        guard let bytes = bytes(text) else { return text }
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        var v6 = in6_addr()
        withUnsafeMutableBytes(of: &v6) { raw in for (index, byte) in bytes.enumerated() { raw[index] = byte } }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &v6, &buffer, socklen_t(buffer.count)) != nil else { return text }
        return String(cString: buffer)
    }
}
