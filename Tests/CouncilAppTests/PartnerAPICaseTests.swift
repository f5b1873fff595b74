import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import Testing

/// What a partner system does with cases: list with filters and a cursor, read one, move it through its workflow
/// (the back office's rules and messages), add notes, and poll events since a cursor.
@Suite struct PartnerAPICaseTests {
    static func references(_ response: APIResponse) -> [String] {
        ((response.json?["cases"] as? [[String: Any]]) ?? []).compactMap { $0["reference"] as? String }
    }

    @Test(arguments: TestDatabase.engines)
    func statusChangesFollowTheServiceWorkflowLikeTheBackOffice(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let reference = try await PartnerFixture.submitted(client, "volunteering")
            let path = "/api/v1/cases/\(reference)/status"
            let refusals: [([String: Any], String, String, String)] = [
                (["status": "approved"], "status", "not_allowed", WorkflowRefusal.notAllowed(from: "Received", to: "Approved").description),
                (["status": "nonsense"], "status", "invalid", WorkflowRefusal.unknownState("nonsense").description),
                (["status": "closed"], "reason", "required", WorkflowRefusal.reasonRequired(to: "Closed").description),
                (["status": "closed", "reason": "   "], "reason", "required", WorkflowRefusal.reasonRequired(to: "Closed").description),
                (["status": 5], "status", "invalid", "status must be a string"),
                (["status": "in-review", "colour": "red"], "colour", "unknown_field", "Unknown field; the body has status and, for some moves, reason"),
                ([:], "status", "required", "status is required"),
            ]
            for (body, field, code, message) in refusals {
                let refused = try await client.api(.post, path, body)
                #expect(refused.status == .unprocessableContent, "\(body)")
                #expect(refused.errors.map(\.field) == [field], "\(body)")
                #expect(refused.code == code, "\(body)")
                #expect(refused.errors.first?.message == message, "\(body)")
            }
            let notJSON = try await client.postRaw(path, "{status")
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.errors.first?.code == "invalid_json")
            #expect(try await client.api(.post, "/api/v1/cases/VOL-0000-0000/status", ["status": "in-review"]).code == "not_found")
            #expect(try await database.caseStatuses(reference) == ["received"])
            #expect(try await database.caseEventKinds(reference) == ["status_changed"])

            let moved = try await client.api(.post, path, ["status": "in-review"])
            #expect(moved.status == .ok)
            #expect(moved.json?["status"] as? String == "in-review")
            #expect(try await database.caseStatuses(reference) == ["in-review"])
            #expect(try await database.caseEvents(reference).last?.actor == "api-client:1")

            let declined = try await client.api(.post, path, ["status": "declined", "reason": "You are under 16"])
            #expect(declined.status == .ok)
            #expect(try await database.outbox(reference).contains { $0.topic == "notification" })
            let detail = try await client.api(.get, "/api/v1/cases/\(reference)")
            #expect(detail.json?["status"] as? String == "declined")
            #expect(detail.json?["status_label"] as? String == "Declined")
            #expect((detail.json?["moves"] as? [[String: Any]])?.compactMap { $0["status"] as? String } == ["closed"])
            let events = (detail.json?["events"] as? [[String: Any]]) ?? []
            #expect(events.compactMap { $0["kind"] as? String }.filter { $0 == "status_changed" }.count == 3)
            #expect((events.last(where: { $0["kind"] as? String == "status_changed" })?["detail"] as? [String: Any])?["reason"] as? String == "You are under 16")
            let answers = detail.json?["answers"] as? [String: Any]
            #expect(answers?["full-name"] as? String == "Alex Morgan")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func notesAreAddedToTheTimelineAndEmptyOnesRefused(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let reference = try await PartnerFixture.submitted(client, "volunteering")
            let path = "/api/v1/cases/\(reference)/notes"
            for body: [String: Any] in [[:], ["text": "  "], ["text": String(repeating: "a", count: 5001)], ["text": "x", "author": "me"]] {
                let refused = try await client.api(.post, path, body)
                #expect(refused.status == .unprocessableContent, "\(body.keys)")
            }
            #expect(try await database.caseEventKinds(reference) == ["status_changed"])
            let added = try await client.api(.post, path, ["text": "Called the applicant"])
            #expect(added.status == .created)
            #expect(try await database.caseEvents(reference).last.map { "\($0.kind) \($0.actor ?? "")" } == "note api-client:1")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func caseListsPageWithACursorAndFilter(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, _ in
            var submitted: [String] = []
            for _ in 0..<7 { submitted.append(try await PartnerFixture.submitted(client, "volunteering")) }
            let other = try await PartnerFixture.submitted(client, "school-transport-consultation")

            for sort in ["oldest", "newest", "due"] {
                var seen: [String] = []
                var cursor: String?
                var pages = 0
                repeat {
                    let page = try await client.api(.get, "/api/v1/cases?service=volunteering&limit=3&sort=\(sort)" + (cursor.map { "&cursor=\($0)" } ?? ""), nil, token: TestApp.apiToken)
                    #expect(page.status == .ok, "\(page.body)")
                    seen += Self.references(page)
                    cursor = page.json?["next_cursor"] as? String
                    pages += 1
                } while cursor != nil && pages < 10
                #expect(pages == 3, "\(sort)")
                #expect(Set(seen) == Set(submitted), "\(sort)")
                #expect(seen.count == 7, "\(sort)")
                if sort == "oldest" { #expect(seen == submitted) }
                if sort == "newest" { #expect(seen == submitted.reversed()) }
            }
            _ = try await client.api(.post, "/api/v1/cases/\(submitted[2])/status", ["status": "in-review"])
            let today = CalendarDay.today().iso
            let filtered: [(String, [String])] = [
                ("status=in-review", [submitted[2]]),
                ("status=in-review&status=received&service=volunteering", submitted),
                ("service=school-transport-consultation", [other]),
                ("created_since=\(today)&created_until=\(today)&limit=100", submitted + [other]),
                ("created_since=2999-01-01", []),
                ("created_until=2000-01-01", []),
                ("assignee=none&limit=100", submitted + [other]),
                ("assignee=12345", []),
            ]
            for (query, expected) in filtered {
                let page = try await client.api(.get, "/api/v1/cases?\(query)", nil, token: TestApp.apiToken)
                #expect(Set(Self.references(page)) == Set(expected), "\(query)")
            }
            let newest = try await client.api(.get, "/api/v1/cases?limit=1&sort=newest", nil, token: TestApp.apiToken)
            let newestCursor = try #require(newest.json?["next_cursor"] as? String)
            let invalid: [(String, String)] = [
                ("limit=0", "limit"), ("limit=101", "limit"), ("limit=ten", "limit"), ("cursor=garbage", "cursor"),
                ("cursor=\(newestCursor)", "cursor"), ("created_since=2026-02-30", "created_since"), ("sort=sideways", "sort"),
                ("assignee=someone", "assignee"), ("colour=red", "colour"), ("service=no-such-service", "service"),
            ]
            for (query, field) in invalid {
                let refused = try await client.api(.get, "/api/v1/cases?\(query)", nil, token: TestApp.apiToken)
                #expect(refused.status == .unprocessableContent, "\(query)")
                #expect(refused.errors.map(\.field) == [field], "\(query)")
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func eventsArePolledSinceACursor(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, _ in
            let first = try await PartnerFixture.submitted(client, "volunteering")
            let second = try await PartnerFixture.submitted(client, "volunteering")
            let all = try await client.api(.get, "/api/v1/case-events", nil, token: TestApp.apiToken)
            let events = (all.json?["events"] as? [[String: Any]]) ?? []
            #expect(events.compactMap { $0["reference"] as? String } == [first, second])
            let ids = events.compactMap { $0["id"] as? Int }
            let cursor = try #require(all.json?["next_cursor"] as? String)
            #expect(cursor == String(ids.last ?? -1))

            let nothingNew = try await client.api(.get, "/api/v1/case-events?cursor=\(cursor)", nil, token: TestApp.apiToken)
            #expect((nothingNew.json?["events"] as? [Any])?.isEmpty == true)
            #expect(nothingNew.json?["next_cursor"] as? String == cursor)

            _ = try await client.api(.post, "/api/v1/cases/\(first)/notes", ["text": "Checked"])
            _ = try await client.api(.post, "/api/v1/cases/\(second)/status", ["status": "in-review"])
            var polled: [[String: Any]] = []
            var next = cursor
            for _ in 0..<5 {
                let page = try await client.api(.get, "/api/v1/case-events?cursor=\(next)&limit=1", nil, token: TestApp.apiToken)
                let got = (page.json?["events"] as? [[String: Any]]) ?? []
                if got.isEmpty { break }
                polled += got
                next = try #require(page.json?["next_cursor"] as? String)
            }
            #expect(polled.map { "\($0["reference"] as? String ?? "") \($0["kind"] as? String ?? "") \($0["actor"] as? String ?? "")" } == [
                "\(first) note api-client:1", "\(second) status_changed api-client:1",
            ])
            let polledIDs = polled.compactMap { $0["id"] as? Int }
            #expect(polledIDs == polledIDs.sorted() && polledIDs.allSatisfy { $0 > Int(cursor) ?? 0 })
            for query in ["cursor=-1", "cursor=x", "limit=0", "limit=501", "since=3"] {
                #expect(try await client.api(.get, "/api/v1/case-events?\(query)", nil, token: TestApp.apiToken).status == .unprocessableContent, "\(query)")
            }
        }
    }
}
