@testable import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import Testing

/// Who may call the partner API: tokens (401), scopes (403), services a client is kept to (403, and never in a list),
/// and the audit entry every call leaves.
@Suite struct PartnerAPIAccessTests {
    @Test(arguments: TestDatabase.engines)
    func callsWithoutALiveTokenAreRefusedAndAudited(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let good = try await PartnerFixture.token(database, scopes: ["cases:read"])
            let credential = try #require(APICredential(token: good))
            let wrongSecret = APICredential(clientID: credential.clientID, secret: String(repeating: "A", count: APICredential.secretLength)).token
            let unknownClient = APICredential(clientID: 999, secret: credential.secret).token
            for token in [nil, "nonsense", unknownClient, wrongSecret, String(good.dropLast())] {
                let refused = try await client.api(.get, "/api/v1/cases", token: token)
                #expect(refused.status == .unauthorized, "\(token ?? "no token")")
                #expect(refused.code == "unauthorized")
                #expect(refused.errors.first?.field == "Authorization")
                #expect(refused.headers[.wwwAuthenticate] == "Bearer realm=\"onecouncil\"")
            }
            let basic = try await client.getResponse("/api/v1/cases", headers: [.authorization: "Basic \(good)"])
            #expect(basic.status == .unauthorized)
            #expect(try await client.api(.get, "/api/v1/cases", token: good).status == .ok)

            #expect(try await SQLAPIClientRepository(database: database).revoke(id: credential.clientID, at: Date()))
            #expect(try await client.api(.get, "/api/v1/cases", token: good).status == .unauthorized)

            let audited = try await database.auditEntries().filter { $0.action.rawValue == "api.listCases" }
            let unauthorised = audited.filter { $0.detail.contains("→ 401") }
            #expect(unauthorised.count == 7)
            #expect(unauthorised.allSatisfy { $0.actor == "anonymous" })
            #expect(audited.contains { $0.detail.contains("→ 401 (token for client \(credential.clientID))") })
            #expect(audited.filter { $0.actor == "api-client:\(credential.clientID)" }.map(\.detail) == ["GET /api/v1/cases → 200"])
        }
    }

    /// A body that the operation accepts, and the path with its parameters filled in.
    static func request(_ operation: PartnerAPIOperation, reference: String) -> (path: String, body: Any?) {
        let path = operation.path.replacingOccurrences(of: "{slug}", with: "volunteering").replacingOccurrences(of: "{reference}", with: reference)
        switch operation {
        case .createSubmission: return (path, ["answers": SubmissionAPITests.validAnswers("volunteering")])
        case .changeCaseStatus: return (path, ["status": "in-review"])
        case .addCaseNote: return (path, ["text": "Spoke to the applicant"])
        default: return (path, nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func everyOperationNeedsItsScopeAndARefusalChangesNothing(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let reference = try await PartnerFixture.submitted(client, "volunteering")
            for operation in PartnerAPIOperation.allCases {
                guard let scope = operation.scope else { continue }
                let (path, body) = Self.request(operation, reference: reference)
                let without = try await PartnerFixture.token(database, scopes: PartnerFixture.allScopes.filter { $0 != scope.rawValue })
                let submissions = try await database.count("submissions")
                let events = try await database.count("case_events")
                let refused = try await client.api(operation.method, path, body, token: without)
                #expect(refused.status == .forbidden, "\(operation)")
                #expect(refused.code == "insufficient_scope", "\(operation)")
                #expect(refused.errors.first?.message == "This API client does not have the \(scope.rawValue) scope")
                #expect(try await database.count("submissions") == submissions, "\(operation)")
                #expect(try await database.count("case_events") == events, "\(operation)")
                #expect(try await database.caseStatuses(reference) == ["received"], "\(operation)")

                let only = try await PartnerFixture.token(database, scopes: [scope.rawValue])
                let allowed = try await client.api(operation.method, path, body, token: only)
                #expect([.ok, .created].contains(allowed.status), "\(operation): \(allowed.body)")
                if operation == .changeCaseStatus {
                    try await database.execute("UPDATE cases SET status = 'received' WHERE reference = '\(reference)'")
                }
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aClientKeptToOneServiceNeverReachesAnothersCases(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let mine = try await PartnerFixture.submitted(client, "volunteering")
            let theirs = try await PartnerFixture.submitted(client, "hardship-fund")
            let kept = try await PartnerFixture.token(database, services: ["volunteering"])

            let list = try await client.api(.get, "/api/v1/cases?limit=100", token: kept)
            #expect((list.json?["cases"] as? [[String: Any]])?.compactMap { $0["reference"] as? String } == [mine])
            let everyone = try await client.api(.get, "/api/v1/cases?limit=100", token: TestApp.apiToken)
            #expect((everyone.json?["cases"] as? [[String: Any]])?.count == 2)

            for (method, path, body) in [
                (HTTPRequest.Method.get, "/api/v1/cases?service=hardship-fund", nil),
                (.get, "/api/v1/cases?service=volunteering&service=hardship-fund", nil),
                (.get, "/api/v1/cases/\(theirs)", nil),
                (.post, "/api/v1/cases/\(theirs)/status", ["status": "in-review"]),
                (.post, "/api/v1/cases/\(theirs)/notes", ["text": "Not mine to write"]),
                (.get, "/api/v1/case-events?service=hardship-fund", nil),
                (.get, "/api/v1/services/hardship-fund", nil),
                (.post, "/api/v1/services/hardship-fund/submissions", ["answers": SubmissionAPITests.validAnswers("hardship-fund")]),
            ] as [(HTTPRequest.Method, String, Any?)] {
                let refused = try await client.api(method, path, body, token: kept)
                #expect(refused.status == .forbidden, "\(method) \(path): \(refused.body)")
                #expect(refused.code == "service_not_allowed", "\(path)")
            }
            #expect(try await database.caseStatuses(theirs) == ["received"])
            #expect(try await database.caseEventKinds(theirs) == ["status_changed"])
            #expect(try await database.submissions().filter { $0.serviceSlug == "hardship-fund" }.count == 1)

            let events = try await client.api(.get, "/api/v1/case-events?limit=500", token: kept)
            let references = Set(((events.json?["events"] as? [[String: Any]]) ?? []).compactMap { $0["reference"] as? String })
            #expect(references == [mine])
            let services = try await client.api(.get, "/api/v1/services", token: kept)
            #expect((services.json?["services"] as? [[String: Any]])?.compactMap { $0["slug"] as? String } == ["volunteering"])
            #expect(try await client.api(.get, "/api/v1/cases/\(mine)", token: kept).status == .ok)
            #expect(try await client.api(.post, "/api/v1/cases/\(mine)/notes", ["text": "Mine"], token: kept).status == .created)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func everyCallLeavesAnAuditEntryAndASubmissionsEntryIsInItsTransaction(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let token = try await PartnerFixture.token(database, name: "Health board")
            let actor = "api-client:\(try #require(APICredential(token: token)).clientID)"
            let created = try await client.submit("volunteering", SubmissionAPITests.validAnswers("volunteering"), token: token)
            let reference = try #require(created.json?["reference"] as? String)
            _ = try await client.submit("volunteering", [:], token: token)
            _ = try await client.api(.get, "/api/v1/cases/\(reference)", token: token)
            _ = try await client.api(.get, "/api/v1/cases?status=received&limit=5", token: token)
            _ = try await client.api(.post, "/api/v1/cases/\(reference)/status", ["status": "approved"], token: token)
            _ = try await client.api(.get, "/api/v1/cases/NOPE-0000-0000", token: token)
            let entries = try await database.auditEntries().filter { $0.actor == actor }
            #expect(entries.map(\.action.rawValue) == ["api.createSubmission", "api.createSubmission", "api.getCase", "api.listCases", "api.changeCaseStatus", "api.getCase"])
            #expect(entries.map(\.detail) == [
                "POST /api/v1/services/volunteering/submissions → 201", "POST /api/v1/services/volunteering/submissions → 422",
                "GET /api/v1/cases/\(reference) → 200", "GET /api/v1/cases?status=received&limit=5 → 200",
                "POST /api/v1/cases/\(reference)/status → 422", "GET /api/v1/cases/NOPE-0000-0000 → 404",
            ])
            #expect(entries[2].subject == "submission:\(reference)")
            #expect(entries[0].subject == "submission:\(reference)")
            #expect(entries[1].subject == "service:volunteering")
            #expect(entries.allSatisfy { $0.ipAddress == nil || !($0.ipAddress ?? "").isEmpty })
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theSecretIsShownOnceAndStoredOnlyAsItsHash(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            _ = try await StaffFixture.create(database, "admin@council.example", .administrator)
            _ = try await StaffFixture.create(database, "officer@council.example", .caseOfficer, service: "volunteering")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("officer@council.example", clock: clock)
            #expect(try await officer.get("/admin/api-clients").status == .forbidden)

            let admin = BrowserSession(client)
            _ = try await admin.enrolStaff("admin@council.example", clock: clock)
            _ = try await admin.get("/admin/api-clients")
            let refused = try await admin.post("/admin/api-clients", [("name", " "), ("services", "no-such-service")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorSummaryAnchors == ["name", "scopes", "services"])
            let created = try await admin.post("/admin/api-clients", [
                ("name", "Health board referrals"), ("scopes", "cases:read"), ("scopes", "cases:write"), ("services", "volunteering"),
            ])
            #expect(created.status == .ok)
            let token = try #require(created.html.range(of: #"occ_[0-9]+_[A-Za-z0-9_-]{43}"#, options: .regularExpression).map { String(created.html[$0]) })
            let credential = try #require(APICredential(token: token))
            #expect(try await client.api(.get, "/api/v1/cases", token: token).status == .ok)
            #expect(try await client.api(.get, "/api/v1/services", token: token).status == .forbidden)
            #expect(!(try await admin.get("/admin/api-clients").html.contains(credential.secret)))

            let stored = try #require(try await SQLAPIClientRepository(database: database).client(id: credential.clientID))
            #expect(stored.scopes == [.casesRead, .casesWrite])
            #expect(stored.services == ["volunteering"])
            #expect(stored.secretHash == TokenHash.of(credential.secret))
            let everything = try await database.read { db in
                try await db.raw("SELECT * FROM api_clients").all().map { row in
                    row.allColumns.compactMap { try? row.decode(column: $0, as: String?.self) ?? nil }.joined(separator: " ")
                }
            }
            #expect(!everything.joined().contains(credential.secret))
            #expect(!(try await database.auditEntries().contains { $0.detail.contains(credential.secret) }))

            let revoked = try await admin.post("/admin/api-clients/\(credential.clientID)/revoke", [])
            #expect(revoked.location == "/admin/api-clients?revoked=\(credential.clientID)")
            #expect(try await client.api(.get, "/api/v1/cases", token: token).status == .unauthorized)
            let actions = try await database.auditActions()
            #expect(actions.contains("admin.api-client-created"))
            #expect(actions.contains("admin.api-client-revoked"))
        }
    }
}
