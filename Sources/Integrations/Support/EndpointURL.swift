import Foundation

/// The rule for every URL the platform sends credentials or people to: HTTPS, or plain HTTP only on this machine.
public enum EndpointURL {
    public static func isAcceptable(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty, components.fragment == nil else { return false }
        if scheme == "https" { return true }
        return scheme == "http" && isLoopback(host)
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }
}
