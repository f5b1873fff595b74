@testable import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import Testing

/// `GET /api/v1/openapi.json` stays true: the same operations as the route table the router registers, every
/// documented operation served, and real responses valid against the document's schemas.
@Suite struct OpenAPIDocumentTests {
    static func document(_ client: any TestClientProtocol) async throws -> JSONValue {
        let response = try await client.getResponse("/api/v1/openapi.json", token: nil)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        return try JSONText.parse(Array(response.body.utf8))
    }

    /// (path, method) → operation object, for every operation the document lists.
    static func operations(_ document: JSONValue) -> [String: [String: JSONValue]] {
        var found: [String: [String: JSONValue]] = [:]
        for (path, item) in document.objectValue?["paths"]?.objectValue ?? [:] {
            for (method, operation) in item.objectValue ?? [:] {
                if let operation = operation.objectValue { found["\(method.uppercased()) \(path)"] = operation }
            }
        }
        return found
    }

    @Test func theDocumentListsExactlyTheRegisteredOperations() async throws {
        try await TestApp.with(.sqlite) { client, _ in
            let document = try await Self.document(client)
            #expect(document.objectValue?["openapi"]?.stringValue == "3.1.0")
            let bearer = document.objectValue?["components"]?.objectValue?["securitySchemes"]?.objectValue?["bearer"]?.objectValue
            #expect(bearer?["type"] == .string("http"))
            #expect(bearer?["scheme"] == .string("bearer"))

            let documented = Self.operations(document)
            let registered = Dictionary(uniqueKeysWithValues: PartnerAPIOperation.allCases.map { ("\($0.method.rawValue) \($0.path)", $0) })
            #expect(Set(documented.keys) == Set(registered.keys))
            for (key, operation) in registered {
                let entry = documented[key]
                #expect(entry?["operationId"]?.stringValue == operation.rawValue, "\(key)")
                let scopes = entry?["security"]?.arrayValue?.first?.objectValue?["bearer"]?.arrayValue?.compactMap(\.stringValue)
                if let scope = operation.scope {
                    #expect(scopes == [scope.rawValue], "\(key) names its scope")
                    #expect(entry?["responses"]?.objectValue?["401"] != nil, "\(key)")
                    #expect(entry?["responses"]?.objectValue?["403"] != nil, "\(key)")
                } else {
                    #expect(entry?["security"] == .array([]), "\(key) is public")
                }
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func everyDocumentedOperationIsServed(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, _ in
            let document = try await Self.document(client)
            for key in Self.operations(document).keys.sorted() {
                let parts = key.split(separator: " ", maxSplits: 1)
                let method = try #require(HTTPRequest.Method(String(parts[0])))
                let path = String(parts[1]).replacingOccurrences(of: "{slug}", with: "volunteering").replacingOccurrences(of: "{reference}", with: "VOL-0000-0000")
                // Without a token, a served operation answers 401 (the document itself, 200); a route missing from
                // the router would answer 404.
                let response = try await client.api(method, path, method == .post ? [String: Any]() : nil, token: nil)
                #expect(response.status == (path.hasSuffix("openapi.json") ? .ok : .unauthorized), "\(key)")
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func responsesMatchTheDocumentsSchemas(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let document = try await Self.document(client)
            let check = JSONSchemaCheck(document: document)
            // The check itself must see a wrong body as wrong, or a pass below would mean nothing.
            let casePage = JSONValue.object(["$ref": .string("#/components/schemas/CasePage")])
            #expect(check.problems(.object(["cases": .array([.object(["reference": .number(1)])])]), schema: casePage).count == 6)
            #expect(check.problems(.object(["cases": .array([]), "next_cursor": .null]), schema: casePage) == ["$.next_cursor: expected string, got null"])
            let operations = Self.operations(document)
            let reference = try await PartnerFixture.submitted(client, "volunteering")
            let kept = try await PartnerFixture.token(database, scopes: ["cases:read"], services: ["volunteering"])
            let calls: [(HTTPRequest.Method, String, String, Any?, String?)] = [
                (.get, "/api/v1/services", "/api/v1/services", nil, TestApp.apiToken),
                (.get, "/api/v1/services/{slug}", "/api/v1/services/hardship-fund", nil, TestApp.apiToken),
                (.get, "/api/v1/services/{slug}", "/api/v1/services/nope", nil, TestApp.apiToken),
                (.post, "/api/v1/services/{slug}/submissions", "/api/v1/services/volunteering/submissions",
                 ["answers": SubmissionAPITests.validAnswers("volunteering")], TestApp.apiToken),
                (.post, "/api/v1/services/{slug}/submissions", "/api/v1/services/volunteering/submissions", ["answers": ["full-name": 3]], TestApp.apiToken),
                (.post, "/api/v1/services/{slug}/submissions", "/api/v1/services/volunteering/submissions", ["answers": [:]], kept),
                (.get, "/api/v1/cases", "/api/v1/cases?limit=1", nil, TestApp.apiToken),
                (.get, "/api/v1/cases", "/api/v1/cases?limit=0", nil, TestApp.apiToken),
                (.get, "/api/v1/cases", "/api/v1/cases", nil, nil),
                (.get, "/api/v1/cases/{reference}", "/api/v1/cases/\(reference)", nil, TestApp.apiToken),
                (.get, "/api/v1/cases/{reference}", "/api/v1/cases/NOPE", nil, TestApp.apiToken),
                (.post, "/api/v1/cases/{reference}/status", "/api/v1/cases/\(reference)/status", ["status": "in-review"], TestApp.apiToken),
                (.post, "/api/v1/cases/{reference}/status", "/api/v1/cases/\(reference)/status", ["status": "approved"], TestApp.apiToken),
                (.post, "/api/v1/cases/{reference}/notes", "/api/v1/cases/\(reference)/notes", ["text": "A note"], TestApp.apiToken),
                (.get, "/api/v1/case-events", "/api/v1/case-events", nil, TestApp.apiToken),
                (.get, "/api/v1/case-events", "/api/v1/case-events?limit=1", nil, kept),
            ]
            for (method, template, path, body, token) in calls {
                let response = try await client.api(method, path, body, token: token)
                let operation = try #require(operations["\(method.rawValue) \(template)"], "\(template)")
                let responses = operation["responses"]?.objectValue ?? [:]
                var described = try #require(responses[String(response.status.code)], "\(path) answered \(response.status.code), not documented")
                if let shared = described.objectValue?["$ref"]?.stringValue { described = try #require(check.resolve(shared)) }
                let schema = try #require(described.objectValue?["content"]?.objectValue?["application/json"]?.objectValue?["schema"], "\(path)")
                let body = try JSONText.parse(Array(response.body.utf8))
                #expect(check.problems(body, schema: schema) == [], "\(method) \(path) → \(response.status.code)")
            }
        }
    }
}
