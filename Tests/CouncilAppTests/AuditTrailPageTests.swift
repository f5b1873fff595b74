import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import Persistence
import Testing

/// The audit trail as an administrator reads it: filtered by person, action and dates, paged, with names.
@Suite struct AuditTrailPageTests {
    @Test(arguments: TestDatabase.engines)
    func anAdministratorFiltersPagesAndReadsNames(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let admin = try await BrowserSession.staff(client, database, "iain@council.example", .administrator, clock: clock)
            let officer = try await StaffFixture.create(database, "ewan@council.example", .caseOfficer, service: "volunteering")
            let log = SQLAuditLog(database: database)
            for number in 0..<60 {
                try await log.record(AuditEntry(at: clock.closure(), actor: .staff(officer), action: .staffCaseViewed, subject: "case:VOL-\(number)"))
            }

            let page = try await admin.get("/admin/audit?person=ewan%40council.example&action=staff.case-viewed")
            #expect(page.status == .ok)
            #expect(page.text.contains("ewan@council.example"))
            #expect(!page.text.contains("staff:\(officer)"), "people are named, not shown as stored")
            #expect(page.text.contains("Case viewed"))
            #expect(page.text.contains("case:VOL-59"))
            #expect(!page.text.contains("case:VOL-9"))
            let older = try #require(page.html.range(of: #"href="(/admin/audit\?[^"]*older=\d+)""#, options: .regularExpression)
                .map { String(page.html[$0].dropFirst(6).dropLast()).replacingOccurrences(of: "&amp;", with: "&") })
            #expect(older.contains("person=ewan%40council.example") && older.contains("action=staff.case-viewed"), "the filters are kept")
            let second = try await admin.get(older)
            #expect(second.text.contains("case:VOL-0"))
            #expect(!second.text.contains("case:VOL-59"))
            #expect(second.html.contains("newer="))

            let nobody = try await admin.get("/admin/audit?person=nobody%40example.org")
            #expect(nobody.text.contains("No staff member, citizen or API client has that email address or name."))

            let badDates = try await admin.get("/admin/audit?from-day=31&from-month=2&from-year=2026&to-day=1&to-month=&to-year=2026")
            #expect(badDates.status == .unprocessableContent)
            #expect(badDates.errorSummaryAnchors == ["from-day", "to-day"])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anAdministratorGivesSeveralRolesAtOnceAndEachIsAudited(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let admin = try await BrowserSession.staff(client, database, "iain@council.example", .administrator, clock: clock)
            _ = try await admin.get("/admin/staff/new")
            let created = try await admin.post("/admin/staff/new", [
                ("email", "morag@council.example"), ("role", "case-officer"), ("role", "field-worker"), ("role", "analyst"), ("service", "volunteering"),
            ])
            let location = try #require(created.location)
            let id = try #require(Int64(location.dropFirst("/admin/staff/".count).prefix { $0.isNumber }))
            let member = try #require(try await SQLStaffRepository(database: database).member(id: id))
            #expect(Set(member.grants) == [RoleGrant(role: .caseOfficer, serviceSlug: "volunteering"),
                                           RoleGrant(role: .fieldWorker, serviceSlug: "volunteering"), RoleGrant(role: .analyst)])
            let page = try await admin.get(location)
            #expect(page.text.contains("Case officer"))
            #expect(!page.text.contains("case-officer:"), "roles show as words")

            _ = try await admin.post(location.components(separatedBy: "?")[0], [
                ("action", "add-role"), ("role", "strategy-lead"), ("role", "service-designer"), ("service", ""),
            ])
            let after = try #require(try await SQLStaffRepository(database: database).member(id: id))
            #expect(after.grants.count == 5)
            let granted = try await database.auditEntries().filter { $0.action == .staffRoleGranted }
            #expect(granted.count == 2, "each grant on its own entry")
        }
    }
}
