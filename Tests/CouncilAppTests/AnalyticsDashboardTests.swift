import CouncilApp
import CouncilTestSupport
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import SQLKit
import Testing

/// The analyst's dashboards over HTTP: who may open them, an analyst limited to one service (even through the
/// filter or a download), each page and its CSV, the filter's problems, the unit cost form and the old address.
@Suite struct AnalyticsDashboardTests {
    static let today = TestApp.today.dayNumber
    static let hardship = "hardship-fund"
    static let potholes = "report-a-pothole"
    static let dashboards = ["/analytics", "/analytics/demand", "/analytics/completion", "/analytics/satisfaction", "/analytics/costs",
                             "/analytics/decisions", "/analytics/areas"]

    static func seed(_ database: Database) async throws {
        try await AnalyticsSeed.area("W1", name: "Harbour ward", into: database)
        try await AnalyticsSeed.area("W2", name: "Hill ward", into: database)
        try await AnalyticsSeed.counters([
            .init(hardship, day: today - 1, DashboardMeasure.started, area: "W1", count: 10),
            .init(hardship, day: today - 1, DashboardMeasure.page, detail: "about-you", count: 9),
            .init(hardship, day: today - 1, DashboardMeasure.submitted, area: "W1", count: 6),
            .init(hardship, day: today - 2, DashboardMeasure.submitted, channel: .phone, area: "W2", count: 2),
            .init(hardship, day: today - 2, DashboardMeasure.decided, detail: "4", area: "W1", count: 3),
            .init(hardship, day: today - 2, DashboardMeasure.inTarget, area: "W1", count: 3),
            .init(hardship, day: today - 2, DashboardMeasure.feedback, detail: "5", count: 3),
            .init(hardship, day: today - 2, DashboardMeasure.feedback, detail: "2", count: 1),
            .init(potholes, day: today - 1, DashboardMeasure.started, count: 40),
            .init(potholes, day: today - 1, DashboardMeasure.submitted, area: "W2", count: 31),
            .init(potholes, day: today - 1, DashboardMeasure.exit, detail: "report-urgently", count: 4),
            .init(potholes, day: today - 1, DashboardMeasure.error, detail: "size:required", count: 6),
        ], into: database)
        try await AnalyticsSeed.feedback(hardship, day: today - 2, rating: 5, comment: "=HYPERLINK(\"x\") very quick", into: database)
        try await AnalyticsSeed.feedback(potholes, day: today - 1, rating: 1, comment: "Pothole comment only potholes may see", into: database)
    }

    @Test(arguments: TestDatabase.engines)
    func anOfficerIsRefusedAndAnAnalystAndAStrategyLeadSeeEveryDashboard(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            try await Self.seed(database)
            let officer = try await BrowserSession.staff(client, database, "officer@council.example", .caseOfficer, service: Self.hardship, clock: clock)
            for path in Self.dashboards { #expect(try await officer.get(path).status == .forbidden, "\(path)") }
            #expect(try await officer.get("/analytics/demand?format=csv&table=over-time").status == .forbidden)
            for role in [StaffRole.analyst, .strategyLead] {
                let browser = try await BrowserSession.staff(client, database, "\(role.rawValue)@council.example", role, clock: clock)
                for path in Self.dashboards {
                    let page = try await browser.get(path)
                    #expect(page.status == .ok, "\(role) \(path)")
                    #expect(page.html.contains("Report a pothole") || path == "/analytics", "\(role) \(path)")
                }
            }
        }
    }

    @Test func theFiguresOnEachDashboard() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            try await Self.seed(database)
            let analyst = try await BrowserSession.staff(client, database, "ana@council.example", .analyst, clock: clock)
            let overview = try await analyst.get("/analytics")
            #expect(overview.html.contains("78.0% (39 submitted of 50 started)"), "completion across services")
            #expect(overview.html.contains("94.9% (37 online of 39 on all channels)"), "digital take-up")
            #expect(overview.html.contains("75.0% (4 responses)"), "satisfaction")
            let demand = try await analyst.get("/analytics/demand?channel=phone")
            #expect(demand.html.contains("<svg") && demand.html.contains("<title id=\"chart-over-time-title\">"))
            #expect(demand.html.contains("href=\"/analytics/demand?channel=phone&amp;lang=gd\""), "the language switch keeps the filter")
            #expect(demand.html.contains("<th scope=\"row\" class=\"table-cell\">Apply for a hardship payment</th><td class=\"table-cell\">2</td>"))
            let completion = try await analyst.get("/analytics/completion?funnel=report-a-pothole:1")
            #expect(completion.html.contains("Exit pages reached"))
            #expect(completion.html.contains(">4</td>"), "the urgent exit")
            #expect(completion.html.contains(": required</th><td class=\"table-cell\">6</td>"))
            let decisions = try await analyst.get("/analytics/decisions")
            #expect(decisions.html.contains("<td class=\"table-cell\">4 days</td>"), "median of the hardship fund")
            let areas = try await analyst.get("/analytics/areas?area=W2")
            #expect(areas.html.contains("Hill ward") && !areas.html.contains("<th scope=\"row\" class=\"table-cell\">Harbour ward</th>"))
            let satisfaction = try await analyst.get("/analytics/satisfaction")
            #expect(satisfaction.html.contains("=HYPERLINK(&quot;x&quot;) very quick"), "a comment, escaped")
            let audit = try await database.read { db in
                try await db.raw("SELECT detail FROM audit_log WHERE action = 'analytics.comments-viewed'").all().map { try $0.decode(column: "detail", as: String.self) }
            }
            #expect(audit.count == 1 && audit[0].hasPrefix("2 comments"))
        }
    }

    @Test func anAnalystLimitedToOneServiceSeesOnlyItEvenThroughTheFilterOrADownload() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            try await Self.seed(database)
            let analyst = try await BrowserSession.staff(client, database, "scoped@council.example", .analyst, service: Self.hardship, clock: clock)
            for path in Self.dashboards {
                let page = try await analyst.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.html.contains("Report a pothole") && !page.html.contains("Pothole comment"), "\(path)")
            }
            let asked = try await analyst.get("/analytics/demand?service=report-a-pothole")
            #expect(asked.status == .badRequest)
            #expect(asked.html.contains("Choose a service from the list") && !asked.html.contains(">31<"))
            #expect(try await analyst.get("/analytics/demand?service=report-a-pothole&format=csv&table=by-service").status == .badRequest)
            #expect(try await analyst.get("/analytics/completion?funnel=report-a-pothole:1").html.contains("Exit pages reached") == false)
            let csv = try await analyst.get("/analytics/demand?format=csv&table=by-service")
            #expect(csv.status == .ok)
            #expect(!csv.html.contains("pothole"))
            #expect(csv.html.contains("Apply for a hardship payment,6,2,0,0,0,0,8,75.0%"))
            // May not set the council's default costs, only its own service's.
            _ = try await analyst.get("/analytics/costs")
            #expect(try await analyst.post("/analytics/costs", [("cost-service", ""), ("pence-online", "1.00")]).status == .unprocessableContent)
            #expect(try await analyst.post("/analytics/costs", [("cost-service", Self.potholes), ("pence-online", "1.00")]).status == .unprocessableContent)
            #expect(try await analyst.post("/analytics/costs", [("cost-service", Self.hardship), ("pence-online", "1.00")]).status == .seeOther)
        }
    }

    @Test func eachTableDownloadsAsCSVSafeToOpenInASpreadsheet() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            try await Self.seed(database)
            let analyst = try await BrowserSession.staff(client, database, "ana@council.example", .analyst, clock: clock)
            let tables = [("/analytics", "kpis"), ("/analytics/demand", "over-time"), ("/analytics/demand", "by-service"),
                          ("/analytics/completion", "completion"), ("/analytics/satisfaction", "ratings"), ("/analytics/costs", "cost-per-transaction"),
                          ("/analytics/costs", "unit-costs"), ("/analytics/decisions", "decisions"), ("/analytics/decisions", "backlog"),
                          ("/analytics/areas", "areas")]
            for (path, table) in tables {
                let csv = try await analyst.get("\(path)?from=2026-11-01&to=2026-11-25&format=csv&table=\(table)")
                #expect(csv.status == .ok, "\(path) \(table)")
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.headers[.contentDisposition]?.contains("analytics-") == true)
            }
            let funnel = try await analyst.get("/analytics/completion?funnel=report-a-pothole:1&format=csv&table=errors")
            #expect(funnel.html.hasPrefix("Question and error,Times\r\n"))
            #expect(try await analyst.get("/analytics/demand?format=csv&table=nonsense").status == .notFound)
            // A service title an author typed as a formula is written as text.
            try await database.write { db in
                try await db.raw("INSERT INTO areas (code, name, kind) VALUES ('W9', '=cmd|calc', 'ward')").run()
                try await db.raw("INSERT INTO measure_counts VALUES ('hardship-fund', \(bind: Self.today), 'submitted', '', 1, 'online', 'en', 'W9', 1)").run()
            }
            let areas = try await analyst.get("/analytics/areas?format=csv&table=areas")
            #expect(areas.html.contains("\r\n'=cmd|calc,1,"))
        }
    }

    @Test func theFilterReportsProblemsInTheAnalystsTerms() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            try await Self.seed(database)
            let analyst = try await BrowserSession.staff(client, database, "ana@council.example", .analyst, clock: clock)
            let bad = try await analyst.get("/analytics/demand?from=2026-02-30&to=nope")
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("Enter the from date as a real date, like 2026-11-01"))
            #expect(bad.html.contains("Enter the to date as a real date, like 2026-11-28"))
            let backwards = try await analyst.get("/analytics?from=2026-11-20&to=2026-11-01")
            #expect(backwards.html.contains("The to date must be the same as or after the from date"))
            #expect(try await analyst.get("/analytics?from=2020-01-01&to=2026-11-01").html.contains("Choose a period of 1100 days or fewer"))
            #expect(try await analyst.get("/analytics/areas?area=NOWHERE").html.contains("Choose an area from the list"))
            let fine = try await analyst.get("/analytics/demand")
            #expect(fine.html.contains("value=\"2026-10-29\"") && fine.html.contains("value=\"2026-11-25\""), "the last 28 days")
            let older = try await analyst.get("/analytics/demand?from=2026-09-01&to=2026-09-30")
            #expect(!older.html.contains("<td class=\"table-cell\">31</td>"))
        }
    }

    @Test func unitCostsAreCheckedSavedAuditedAndUsed() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            try await Self.seed(database)
            let analyst = try await BrowserSession.staff(client, database, "ana@council.example", .analyst, clock: clock)
            _ = try await analyst.get("/analytics/costs")
            #expect(try await analyst.post("/analytics/costs", [("cost-service", ""), ("pence-online", "1")], withToken: false).status == .forbidden)
            let bad = try await analyst.post("/analytics/costs", [("cost-service", ""), ("pence-online", "four pounds"), ("pence-phone", "-2")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.html.contains("Enter the cost by online form in pounds, like 4.50, or leave it empty"))
            #expect(bad.html.contains("value=\"four pounds\""))
            let saved = try await analyst.post("/analytics/costs", [("cost-service", ""), ("pence-online", "0.50"), ("pence-phone", "£6"),
                                                                   ("pence-face_to_face", "12.5")])
            #expect(saved.location == "/analytics/costs?saved=1&cost-service=")
            let page = try await analyst.get("/analytics/costs")
            #expect(page.html.contains("Unit costs saved") == false, "only straight after saving")
            #expect(page.html.contains("<td class=\"table-cell\">£0.50</td>") && page.html.contains("£12.50"))
            // Hardship: 6 online × 50p + 2 phone × £6 over 8 = £1.88; potholes 31 online × 50p = £0.50.
            #expect(page.html.contains("<td class=\"table-cell\">£1.88</td>"))
            let audit = try await database.read { db in
                try await db.raw("SELECT subject, detail FROM audit_log WHERE action = 'analytics.unit-costs-changed'").all()
                    .map { "\(try $0.decode(column: "subject", as: String.self)) \(try $0.decode(column: "detail", as: String.self))" }
            }
            #expect(audit == ["default online=50 phone=600 face_to_face=1250 email=- letter=- api=-"])
        }
    }

    @Test func theOldAddressRedirectsAndTheNavigationLinksTheNewOne() async throws {
        let clock = TestClock()
        try await TestApp.with(now: clock.closure) { client, database in
            let analyst = try await BrowserSession.staff(client, database, "ana@council.example", .analyst, clock: clock)
            let old = try await analyst.get("/backoffice/analytics?lang=gd")
            #expect(old.status == .movedPermanently)
            #expect(old.location == "/analytics?lang=gd")
            let home = try await analyst.get("/staff")
            #expect(home.html.contains("href=\"/analytics\""))
            let empty = try await analyst.get("/analytics/areas")
            #expect(empty.status == .ok && !empty.html.contains("name=\"area\""), "no areas loaded: no area control")
        }
    }
}
