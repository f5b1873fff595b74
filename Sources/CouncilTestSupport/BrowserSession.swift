import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A browser without a browser: keeps cookies, follows no redirects on its own, and posts forms with the page's CSRF token.
public actor BrowserSession {
    public struct Page: Sendable {
        public var status: HTTPResponse.Status
        public var location: String?
        public var html: String
        public var headers: HTTPFields

        /// The value of the hidden CSRF field on this page.
        public var csrfToken: String? { Self.capture(#"name="_csrf" value="([^"]+)""#, in: html) }

        /// The text of the first `<h1>` (tags stripped).
        public var heading: String? {
            Self.capture(#"<h1[^>]*>([\s\S]*?)</h1>"#, in: html).map {
                $0.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }

        public var title: String? { Self.capture(#"<title>([^<]*)</title>"#, in: html) }

        public func hidden(_ name: String) -> String? { Self.capture(#"name="\#(name)" value="([^"]*)""#, in: html) }

        public static func capture(_ pattern: String, in text: String) -> String? {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range(at: 1), in: text) else { return nil }
            return String(text[range])
        }
    }

    let client: any TestClientProtocol
    public private(set) var cookies: [String: String] = [:]
    /// The CSRF token last seen on a page, sent with every form.
    public private(set) var csrfToken: String?

    /// Sent as `X-Forwarded-For` on every request, as a proxy in front would.
    public private(set) var forwardedFor: String?

    public func forward(for address: String?) { forwardedFor = address }

    public init(_ client: any TestClientProtocol) { self.client = client }

    public func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, headers: [:], body: nil)
    }

    /// Posts url-encoded fields (repeat a name for several values), adding the CSRF token unless `withToken` is false.
    public func post(_ uri: String, _ fields: [(String, String)], withToken: Bool = true) async throws -> Page {
        var all = fields
        if withToken, let csrfToken { all.append(("_csrf", csrfToken)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with one file.
    public func postFile(_ uri: String, field: String, filename: String, contentType: String, data: [UInt8], fields: [(String, String)] = []) async throws -> Page {
        let boundary = "----onecouncil-test-boundary"
        var body = ByteBuffer()
        var all = fields
        if let csrfToken { all.append(("_csrf", csrfToken)) }
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\nContent-Type: \(contentType)\r\n\r\n")
        body.writeBytes(data)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await send(uri, method: .post, headers: headers, body: body)
    }

    /// Follows redirects from `page` until a page that is not a redirect.
    public func follow(_ page: Page) async throws -> Page {
        var current = page
        var hops = 0
        while let location = current.location, (300..<400).contains(current.status.code), hops < 10 {
            current = try await get(location)
            hops += 1
        }
        return current
    }

    public func setCookie(_ name: String, _ value: String?) { cookies[name] = value }

    private func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = headers
        if let forwardedFor, let name = HTTPField.Name("X-Forwarded-For") { headers[name] = forwardedFor }
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { cookies[parts[0]] = parts[1] }
        }
        let page = Page(status: response.status, location: response.headers[.location], html: String(buffer: response.body), headers: response.headers)
        if let token = page.csrfToken { csrfToken = token }
        return page
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: "%20", with: "+")
    }
}
