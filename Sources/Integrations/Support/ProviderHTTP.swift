import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The relying party's HTTP calls to a provider: every one has a deadline and a cap on the response size,
/// and every failure becomes an `OIDCError` that names the endpoint, never the URL's query or the body.
struct ProviderHTTP: Sendable {
    struct Reply: Sendable {
        var status: Int
        var body: Data
        var contentType: String?
    }

    let client: HTTPClient
    let timeout: TimeAmount
    let maxResponseBytes: Int

    func get(_ url: String, endpoint: String, bearerToken: String? = nil) async throws(OIDCError) -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        request.headers.add(name: "Accept", value: "application/json")
        if let bearerToken { request.headers.add(name: "Authorization", value: "Bearer \(bearerToken)") }
        return try await send(request, endpoint: endpoint)
    }

    func postForm(_ url: String, endpoint: String, form: [(String, String)], basicCredentials: String? = nil) async throws(OIDCError) -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        if let basicCredentials { request.headers.add(name: "Authorization", value: "Basic \(basicCredentials)") }
        request.body = .bytes(ByteBuffer(string: FormEncoding.encode(form)))
        return try await send(request, endpoint: endpoint)
    }

    private func send(_ request: HTTPClientRequest, endpoint: String) async throws(OIDCError) -> Reply {
        do {
            // The deadline covers connecting, the response head and reading the body.
            let response = try await client.execute(request, deadline: .now() + timeout)
            let buffer = try await response.body.collect(upTo: maxResponseBytes)
            return Reply(
                status: Int(response.status.code),
                body: Data(buffer.readableBytesView),
                contentType: response.headers.first(name: "Content-Type")
            )
        } catch is NIOTooManyBytesError {
            throw .malformedResponse("\(endpoint) response is larger than \(maxResponseBytes) bytes")
        } catch {
            throw .providerUnreachable(endpoint: endpoint)
        }
    }
}

extension ProviderHTTP.Reply {
    var isSuccess: Bool { (200..<300).contains(status) }

    /// Decodes a JSON body, or explains in a log-safe way why it could not.
    func decode<T: Decodable>(_ type: T.Type, what: String) throws(OIDCError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch {
            throw .malformedResponse("\(what) is not the JSON the protocol requires")
        }
    }
}
