import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

@Suite struct QueueTests {
    static let hardship = "hardship-fund"
    static let potholes = "report-a-pothole"
    static let today = TestApp.today.dayNumber

    /// Twenty-eight hardship cases (the first three the officer's own, some in review) and two pothole reports.
    static func cases(officer: Int64) -> [QueueCase] {
        var cases = (1...28).map { n in
            QueueCase(reference: "HRD-AAAA-\(String(format: "%04d", n))", service: hardship, status: n % 4 == 0 ? "in-review" : "received",
                      assignee: n <= 3 ? officer : nil, dueDay: today + n - 10, channel: n % 5 == 0 ? .phone : .online,
                      created: QueueCase.day(n - 40), name: "Applicant \(n)", email: "applicant\(n)@example.com",
                      district: n % 2 == 0 ? "IV2" : "KW1", text: n == 7 ? "boiler broken in the flat" : "rent arrears")
        }
        cases.append(QueueCase(reference: "POT-BBBB-0001", service: potholes, assignee: officer, dueDay: today - 20, created: QueueCase.day(-30),
                               name: "Pothole Reporter", email: "pothole@example.com", text: "boiler"))
        cases.append(QueueCase(reference: "POT-BBBB-0002", service: potholes, dueDay: today, created: QueueCase.day(-3), name: "Second Reporter"))
        return cases
    }

    static func signedInOfficer(_ client: any TestClientProtocol, _ database: Database, _ clock: TestClock,
                                role: StaffRole = .caseOfficer, service: String? = hardship) async throws -> (BrowserSession, Int64) {
        let email = "\(role.rawValue)-\(service ?? "all")@council.example"
        let id = try await StaffFixture.create(database, email, role, service: service)
        let browser = BrowserSession(client)
        _ = try await browser.enrolStaff(email, clock: clock)
        return (browser, id)
    }

    static func references(_ page: BrowserSession.Page) -> [String] {
        BrowserSession.Page.captureAll(#"<a class="link" href="/backoffice/cases/([A-Z0-9-]+)">"#, in: page.html)
    }

    static func link(_ rel: String, _ page: BrowserSession.Page) -> String? {
        BrowserSession.Page.capture(#"rel="\#(rel)" href="([^"]+)""#, in: page.html).map(BrowserSession.Page.unescape)
    }

    @Test(arguments: TestDatabase.engines)
    func theQueuePageListsFiltersAndPagesAnOfficersCases(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (officer, id) = try await Self.signedInOfficer(client, database, clock)
            try await QueueCase.load(Self.cases(officer: id), into: database)

            let mine = try await officer.get("/backoffice")
            #expect(mine.status == .ok)
            #expect(Self.references(mine) == ["HRD-AAAA-0001", "HRD-AAAA-0002", "HRD-AAAA-0003"], "my cases by default, not the pothole one")
            #expect(mine.html.contains(#"aria-current="page">My cases"#))
            #expect(mine.html.contains("<legend class=\"fieldset-legend fieldset-legend-m\">Status</legend>"))
            #expect(mine.html.contains("Overdue: 16 November 2026"), "target state in words with its date")
            #expect(mine.text.contains("3 cases"))

            // All cases of the service, 25 to a page, soonest due first; the next page keeps the filters.
            let all = try await officer.get("/backoffice?queue=all")
            #expect(Self.references(all) == (1...25).map { "HRD-AAAA-\(String(format: "%04d", $0))" })
            #expect(all.text.contains("28 cases"))
            let next = try #require(Self.link("next", all))
            #expect(next.hasPrefix("/backoffice?queue=all&after="))
            let second = try await officer.get(next)
            #expect(Self.references(second) == ["HRD-AAAA-0026", "HRD-AAAA-0027", "HRD-AAAA-0028"])
            #expect(Self.link("next", second) == nil)
            let back = try await officer.get(try #require(Self.link("prev", second)))
            #expect(Self.references(back) == Self.references(all))
            #expect(Self.link("prev", back) == nil)

            let filtered = try await officer.get("/backoffice?queue=unassigned&status=in-review&district=iv2&channel=phone")
            #expect(Self.references(filtered) == ["HRD-AAAA-0020"])
            #expect(try await officer.get("/backoffice?queue=all&q=boiler").html.contains("HRD-AAAA-0007"))
            #expect(Self.references(try await officer.get("/backoffice?queue=all&q=boiler")) == ["HRD-AAAA-0007"])
            let newest = try await officer.get("/backoffice?queue=all&sort=newest&target=overdue")
            #expect(Self.references(newest) == (1...9).reversed().map { "HRD-AAAA-\(String(format: "%04d", $0))" })
            let received = try await officer.get("/backoffice?queue=all&from=2026-10-21&to=2026-10-22")
            #expect(Self.references(received) == ["HRD-AAAA-0005", "HRD-AAAA-0006"])

            let bad = try await officer.get("/backoffice?queue=all&from=2026-02-30&district=nonsense")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.errorSummaryAnchors == ["from", "district"])
            #expect(Self.references(bad).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func bulkActionsAssignMoveAndNoteEachCaseAndSayWhichCouldNotMove(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (officer, id) = try await Self.signedInOfficer(client, database, clock)
            try await QueueCase.load(Self.cases(officer: id), into: database)
            _ = try await officer.get("/backoffice?queue=unassigned")
            let chosen = ["HRD-AAAA-0004", "HRD-AAAA-0005", "HRD-AAAA-0006"]
            let back = "/backoffice?queue=unassigned"

            let assigned = try await officer.post("/backoffice/bulk", chosen.map { ("case", $0) } + [("action", "assign-to-me"), ("return", back)])
            #expect(assigned.status == .ok)
            #expect(assigned.text.contains("3 of 3 changed"))
            for reference in chosen { #expect(try await database.caseEventKinds(reference) == ["assigned"]) }
            #expect(Self.references(try await officer.get("/backoffice")).count == 6)

            // 0004 is in review and may be approved; 0005 was only received, so it cannot jump to approved.
            let moved = try await officer.post("/backoffice/bulk", [("case", "HRD-AAAA-0004"), ("case", "HRD-AAAA-0005"), ("action", "status"),
                                                                   ("bulk-status", "approved"), ("return", back)])
            #expect(moved.text.contains("1 of 2 changed"))
            #expect(moved.text.contains("HRD-AAAA-0005 A case cannot go from Received to Approved"))
            #expect(try await database.caseStatuses("HRD-AAAA-0004") == ["approved"])
            #expect(try await database.caseStatuses("HRD-AAAA-0005") == ["received"])
            #expect(try await database.caseEventKinds("HRD-AAAA-0004").contains("status_changed"))

            let declined = try await officer.post("/backoffice/bulk", [("case", "HRD-AAAA-0008"), ("action", "status"), ("bulk-status", "declined"),
                                                                      ("reason", ""), ("return", back)])
            #expect(declined.text.contains("Enter the reason for moving the case to Declined"))

            let noted = try await officer.post("/backoffice/bulk", chosen.map { ("case", $0) } + [("action", "note"), ("note", "Checked council tax"),
                                                                                                   ("return", back)])
            #expect(noted.text.contains("3 of 3 changed"))
            for reference in chosen { #expect(try await database.caseEventKinds(reference).last == "note") }

            let nothing = try await officer.post("/backoffice/bulk", [("action", "note"), ("note", "x"), ("return", back)])
            #expect(nothing.status == .unprocessableContent)
            #expect(nothing.errorSummaryMessages == ["Select the cases to act on"])
            let noNote = try await officer.post("/backoffice/bulk", [("case", "HRD-AAAA-0009"), ("action", "note"), ("return", back)])
            #expect(noNote.errorSummaryMessages == ["Enter the note"])
            let withoutToken = try await officer.post("/backoffice/bulk", [("case", "HRD-AAAA-0009"), ("action", "assign-to-me")], withToken: false)
            #expect(withoutToken.status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theExportIsTheFilteredListWithTheRolesColumnsAndIsAudited(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (officer, id) = try await Self.signedInOfficer(client, database, clock)
            try await QueueCase.load(Self.cases(officer: id), into: database)
            let csv = try await officer.get("/backoffice/export.csv?queue=all&status=in-review")
            #expect(csv.status == .ok)
            #expect(csv.header("Content-Type") == "text/csv; charset=utf-8")
            #expect(csv.header("Content-Disposition") == "attachment; filename=\"cases-2026-11-25.csv\"")
            let lines = csv.html.split(separator: "\r\n").map(String.init)
            #expect(lines.first == "Reference,Service,Status,Target,Due date,Assigned to,Received by,Received,Applicant name,Applicant email,Postcode district")
            #expect(lines.dropFirst().map { String($0.prefix(13)) } == ["HRD-AAAA-0004", "HRD-AAAA-0008", "HRD-AAAA-0012", "HRD-AAAA-0016",
                                                                        "HRD-AAAA-0020", "HRD-AAAA-0024", "HRD-AAAA-0028"])
            #expect(lines[1].contains("Apply for a hardship payment,Being assessed,"))
            #expect(lines[1].contains("applicant4@example.com"))
            let detail = try await database.read { db in
                try await db.raw("SELECT detail FROM audit_log WHERE action = 'staff.cases-exported'").all().map { try $0.decode(column: "detail", as: String.self) }
            }
            #expect(detail == ["7 rows; /backoffice?queue=all&status=in-review"])
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theExportKeepsALineBreakInsideOneQuotedCellWithTheFormulaDefence(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (officer, _) = try await Self.signedInOfficer(client, database, clock)
            try await QueueCase.load([
                QueueCase(reference: "HRD-CRLF-0001", service: Self.hardship, dueDay: Self.today, created: QueueCase.day(-1), name: "\r\n=cmd|' /C calc'!A0",
                          email: "a@example.com"),
                QueueCase(reference: "HRD-CRLF-0002", service: Self.hardship, dueDay: Self.today, created: QueueCase.day(-2), name: "Ann\r\n=HYPERLINK(\"x\")",
                          email: "b@example.com"),
            ], into: database)
            let csv = try await officer.get("/backoffice/export.csv?queue=all")
            // Three rows: the heading and one per case; a CR LF inside a value does not start a row.
            var rows: [String] = [""]
            var inQuotes = false
            for scalar in csv.html.unicodeScalars {
                if scalar == "\"" { inQuotes.toggle() }
                if scalar == "\n", !inQuotes { rows.append("") } else { rows[rows.count - 1].unicodeScalars.append(scalar) }
            }
            rows = rows.filter { !$0.isEmpty }
            #expect(rows.count == 3, "\(rows)")
            #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("HRD-CRLF-") }, "no row starts inside a value")
            #expect(csv.html.contains(",\"'\r\n=cmd|' /C calc'!A0\","))
            #expect(csv.html.contains(",\"Ann\r\n=HYPERLINK(\"\"x\"\")\","))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func anOfficerOfOneServiceGetsNoneOfAnothersCasesByPageExportSearchOrBulkAction(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let (officer, id) = try await Self.signedInOfficer(client, database, clock)
            try await QueueCase.load(Self.cases(officer: id), into: database)
            let pothole = "POT-BBBB-0001"
            for address in ["/backoffice", "/backoffice?queue=all", "/backoffice?queue=all&service=report-a-pothole",
                            "/backoffice?queue=all&q=POT-BBBB-0001", "/backoffice?queue=all&q=boiler", "/backoffice?queue=mine&q=pothole"] {
                let page = try await officer.get(address)
                #expect(page.status == .ok)
                #expect(!Self.references(page).contains { $0.hasPrefix("POT-") }, "\(address)")
                #expect(!page.html.contains("Pothole Reporter") && !page.html.contains("pothole@example.com"), "\(address)")
            }
            for address in ["/backoffice/export.csv?queue=all", "/backoffice/export.csv?queue=all&service=report-a-pothole",
                            "/backoffice/export.csv?queue=mine&q=boiler"] {
                let csv = try await officer.get(address)
                #expect(csv.status == .ok)
                #expect(!csv.html.contains("POT-BBBB") && !csv.html.contains("pothole@example.com"), "\(address)")
            }
            _ = try await officer.get("/backoffice")
            let bulk = try await officer.post("/backoffice/bulk", [("case", pothole), ("action", "note"), ("note", "sneaky"), ("return", "/backoffice")])
            #expect(bulk.text.contains("0 of 1 changed"))
            #expect(bulk.text.contains("You do not handle cases of this service"))
            #expect(try await database.caseEventKinds(pothole).isEmpty)
            #expect(try await officer.get("/backoffice/cases/\(pothole)").status == .forbidden)

            // A customer service agent works for every service, so sees both.
            let (agent, _) = try await Self.signedInOfficer(client, database, clock, role: .customerServiceAgent, service: nil)
            let everything = try await agent.get("/backoffice?queue=all&q=boiler")
            #expect(Set(Self.references(everything)) == ["HRD-AAAA-0007", pothole])
        }
    }
}
