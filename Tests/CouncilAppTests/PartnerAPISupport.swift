import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Persistence
import Testing

/// Helpers for the partner API tests: clients with chosen scopes, calls with a token, cases to work on.
enum PartnerFixture {
    static let allScopes = APIScope.allCases.map(\.rawValue)

    /// A new client's token, as the admin page or `onecouncil api-clients create` would give it.
    static func token(_ database: Database, scopes: [String] = allScopes, services: [String] = [], name: String = "Partner") async throws -> String {
        try await APIClientRegistry(database: database).issue(name: name, scopes: scopes, services: services, by: .commandLine).get().token
    }

    /// Submits a valid request for `slug` with the fixture client and returns its reference.
    static func submitted(_ client: any TestClientProtocol, _ slug: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let response = try await client.submit(slug, SubmissionAPITests.validAnswers(slug))
        #expect(response.status == .created, "\(response.body)", sourceLocation: sourceLocation)
        return try #require(response.json?["reference"] as? String, sourceLocation: sourceLocation)
    }
}

extension TestClientProtocol {
    func api(_ method: HTTPRequest.Method, _ uri: String, _ object: Any? = nil, token: String? = TestApp.apiToken) async throws -> APIResponse {
        var headers = Self.bearer(uri, token)
        var body: ByteBuffer?
        if let object {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
        }
        let response = try await executeRequest(uri: uri, method: method, headers: headers, body: body)
        return APIResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
}

extension APIResponse {
    var code: String? { errors.first?.code }
}

extension Database {
    /// (actor, action, subject, detail) of every audit entry, oldest first.
    func auditEntries() async throws -> [AuditEntry] {
        try await SQLAuditLog(database: self).recent(limit: 1000, actorOrSubject: nil).reversed()
    }

    func caseEvents(_ reference: String) async throws -> [(kind: String, actor: String?)] {
        try await read { db in
            try await db.raw("SELECT kind, actor FROM case_events WHERE case_reference = \(bind: reference) ORDER BY id").all().map {
                (try $0.decode(column: "kind", as: String.self), try $0.decode(column: "actor", as: String?.self))
            }
        }
    }
}
